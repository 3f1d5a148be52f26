using System.Runtime.CompilerServices;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>
/// The calibration summaries as <see cref="BgNbdLikelihood"/> sums them: counts by x and by T, and the repeat customers
/// grouped by equal (x, t_x, T).
/// </summary>
internal sealed class BgNbdGroups
{
    // Straight to optimised code: its loops over every customer would otherwise start unoptimised and be compiled twice.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BgNbdGroups(IReadOnlyCollection<CalibrationSummary> summaries)
    {
        var (xs, ts, txs) = (new int[summaries.Count], new double[summaries.Count], new double[summaries.Count]);
        var (n, maxX) = (0, 0);
        foreach (var s in summaries)
            (xs[n], ts[n], txs[n], n, maxX) = (s.X, s.T, s.Tx, n + 1, Math.Max(maxX, s.X));
        Customers = n;

        (T, var tIndex) = DistinctIndex.Of(ts);
        (Tx, var txIndex) = DistinctIndex.Of(txs);
        (CustomersByT, PurchasesByT) = (new double[T.Length], new double[T.Length]);
        var (customersByX, noRepeatAtT) = (new int[maxX + 1], new bool[T.Length]);
        for (var i = 0; i < n; i++)
        {
            var t = tIndex[i];
            CustomersByT[t]++;
            PurchasesByT[t] += xs[i];
            customersByX[xs[i]]++;
            noRepeatAtT[t] |= xs[i] == 0;
        }
        BeyondX = new double[maxX];
        for (var (i, beyond) = (maxX - 1, 0); i >= 0; i--)
            BeyondX[i] = beyond += customersByX[i + 1];

        // A repeat customer's key: its x, T and t_x positions in one long (x, T and t_x each below a million days).
        var keys = new long[n - customersByX[0]];
        for (var (i, k) = (0, 0); i < n; i++)
            if (xs[i] > 0)
                keys[k++] = ((long)xs[i] * T.Length + tIndex[i]) * Tx.Length + txIndex[i];
        var (distinct, group) = DistinctIndex.Of(keys);
        Distinct = distinct.Length;
        foreach (var none in noRepeatAtT)
            Distinct += none ? 1 : 0;
        (GroupX, GroupT, GroupTx, Count) = (new int[distinct.Length], new int[distinct.Length], new int[distinct.Length], new double[distinct.Length]);
        for (var g = 0; g < distinct.Length; g++)
        {
            GroupX[g] = (int)(distinct[g] / Tx.Length / T.Length);
            GroupT[g] = (int)(distinct[g] / Tx.Length % T.Length);
            GroupTx[g] = (int)(distinct[g] % Tx.Length);
        }
        foreach (var g in group)
            Count[g]++;
    }

    /// <summary>Customers summed over.</summary>
    public int Customers { get; }

    /// <summary>Distinct (x, t_x, T) among the customers.</summary>
    public int Distinct { get; }

    /// <summary>[i]: customers with x &gt; i, for i below the largest x.</summary>
    public double[] BeyondX { get; }

    /// <summary>Distinct T; the customers with each, and their repeat purchases Σx.</summary>
    public double[] T { get; }
    public double[] CustomersByT { get; }
    public double[] PurchasesByT { get; }

    /// <summary>Distinct t_x.</summary>
    public double[] Tx { get; }

    /// <summary>Per distinct (x, t_x, T) with x &gt; 0: x, the positions of T and t_x, the customers.</summary>
    public int[] GroupX { get; }
    public int[] GroupT { get; }
    public int[] GroupTx { get; }
    public double[] Count { get; }
}
