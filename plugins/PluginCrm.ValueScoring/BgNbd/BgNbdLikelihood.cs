using System.Runtime.CompilerServices;
using MathNet.Numerics;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>
/// The BG/NBD negative log-likelihood (<see cref="BgNbdModel.LogLikelihood"/> summed over customers) and its gradient
/// in (r, α, a, b). Customers with the same (x, t_x, T) give the same term, so each distinct one is evaluated once;
/// the terms that depend on x alone (the ln Γ and digamma values) once per distinct x, ln(α+T) and ln(α+t_x) once per
/// distinct value. Per customer, with S = −(r+x) ln(α+T), D = ln a − ln(b+x−1) − (r+x) ln(α+t_x) and
/// w = e^D / (e^S + e^D) the weight of the "dropped out at t_x" branch (0 when x = 0), the log-likelihood
/// ℓ = ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x) + ln(e^S + [x&gt;0] e^D) has
/// ∂ℓ/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+t_x);
/// ∂ℓ/∂α = r/α − (r+x) [(1−w)/(α+T) + w/(α+t_x)];
/// ∂ℓ/∂a = ψ(a+b) − ψ(a+b+x) + w/a;
/// ∂ℓ/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w/(b+x−1).
/// </summary>
public sealed class BgNbdLikelihood
{
    private readonly int[] xs;
    private readonly double[] customersByX;
    private readonly double[] ts, txs;
    private readonly int[] groupX, groupT, groupTx;
    private readonly double[] counts;
    private readonly double customers;

    public BgNbdLikelihood(IReadOnlyCollection<CalibrationSummary> summaries)
    {
        var groups = summaries.GroupBy(c => (c.X, c.Tx, c.T)).Select(g => (g.Key.X, g.Key.Tx, g.Key.T, Count: (double)g.Count())).ToArray();
        (xs, groupX) = DistinctIndex.Of(groups.Select(g => g.X).ToArray());
        (ts, groupT) = DistinctIndex.Of(groups.Select(g => g.T).ToArray());
        (txs, groupTx) = DistinctIndex.Of(groups.Select(g => g.Tx).ToArray());
        counts = groups.Select(g => g.Count).ToArray();
        customersByX = new double[xs.Length];
        for (var g = 0; g < groups.Length; g++)
            customersByX[groupX[g]] += counts[g];
        customers = summaries.Count;
    }

    /// <summary>The number of distinct (x, t_x, T): the terms one evaluation sums.</summary>
    public int Groups => counts.Length;

    /// <summary>−Σ ℓ at p = [r, α, a, b]; writes −∂Σℓ/∂p into <paramref name="gradient"/>.</summary>
    // Straight to optimised code: a fit calls this some 60 times, too few for tiered compilation to leave its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Negative(double[] p, double[] gradient)
    {
        var (r, alpha, a, b) = (p[0], p[1], p[2], p[3]);
        var (lnAlpha, lnA) = (Math.Log(alpha), Math.Log(a));
        var value = customers * (r * lnAlpha - SpecialFunctions.GammaLn(r) + SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(b));
        var dR = customers * (lnAlpha - SpecialFunctions.DiGamma(r));
        var dAlpha = customers * r / alpha;
        var dA = customers * SpecialFunctions.DiGamma(a + b);
        var dB = customers * (SpecialFunctions.DiGamma(a + b) - SpecialFunctions.DiGamma(b));
        var lnBx1 = new double[xs.Length];
        for (var k = 0; k < xs.Length; k++)
        {
            var (x, n) = (xs[k], customersByX[k]);
            value += n * (SpecialFunctions.GammaLn(r + x) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(a + b + x));
            var digammaAbx = SpecialFunctions.DiGamma(a + b + x);
            dR += n * SpecialFunctions.DiGamma(r + x);
            dA -= n * digammaAbx;
            dB += n * (SpecialFunctions.DiGamma(b + x) - digammaAbx);
            lnBx1[k] = x > 0 ? Math.Log(b + x - 1) : 0;
        }
        var (lnT, invT) = Shifted(ts, alpha);
        var (lnTx, invTx) = Shifted(txs, alpha);

        for (var g = 0; g < counts.Length; g++)
        {
            var (k, i, j, c) = (groupX[g], groupT[g], groupTx[g], counts[g]);
            var x = xs[k];
            var rx = r + x;
            var stays = -rx * lnT[i];
            if (x == 0)
            {
                value += c * stays;
                dR -= c * lnT[i];
                dAlpha -= c * rx * invT[i];
                continue;
            }
            var dropped = lnA - lnBx1[k] - rx * lnTx[j];
            // ln(e^S + e^D) without overflow, and w = e^D / (e^S + e^D) from the same exponential.
            var e = Math.Exp(-Math.Abs(stays - dropped));
            var w = dropped >= stays ? 1 / (1 + e) : e / (1 + e);
            value += c * (Math.Max(stays, dropped) + Math.Log(1 + e));
            dR -= c * ((1 - w) * lnT[i] + w * lnTx[j]);
            dAlpha -= c * rx * ((1 - w) * invT[i] + w * invTx[j]);
            dA += c * w / a;
            dB -= c * w / (b + x - 1);
        }
        (gradient[0], gradient[1], gradient[2], gradient[3]) = (-dR, -dAlpha, -dA, -dB);
        return -value;
    }

    // ln(α+t) and 1/(α+t) for each distinct t.
    private static (double[] Ln, double[] Inverse) Shifted(double[] times, double alpha)
    {
        var (ln, inverse) = (new double[times.Length], new double[times.Length]);
        for (var i = 0; i < times.Length; i++)
            (ln[i], inverse[i]) = (Math.Log(alpha + times[i]), 1 / (alpha + times[i]));
        return (ln, inverse);
    }
}
