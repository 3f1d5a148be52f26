using System.Runtime.CompilerServices;

namespace PluginCrm.ValueScoring.Numerics;

/// <summary>
/// The distinct values of a list and, per element, the position of its value among them (in order of first
/// appearance): a likelihood computes a logarithm once per distinct value instead of once per element, and groups equal
/// customers by a key made of such positions. Keys are longs (a double by its bits) in a <c>Dictionary&lt;long, int&gt;</c>,
/// whose code the runtime ships compiled: a dictionary or LINQ grouping over doubles or tuples is compiled on first
/// use, which made the grouping of a fit in a fresh process ten times slower than in a warm one. Its loops go straight
/// to optimised code, as they run over every customer once.
/// </summary>
public static class DistinctIndex
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (long[] Values, int[] Index) Of(ReadOnlySpan<long> items)
    {
        var positions = new Dictionary<long, int>();
        var index = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!positions.TryGetValue(items[i], out var position))
                positions.Add(items[i], position = positions.Count);
            index[i] = position;
        }
        var values = new long[positions.Count];
        for (var i = 0; i < items.Length; i++)
            values[index[i]] = items[i];
        return (values, index);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Values, int[] Index) Of(ReadOnlySpan<double> items)
    {
        // + 0.0 turns −0 into +0, which the bits would tell apart.
        var bits = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
            bits[i] = BitConverter.DoubleToInt64Bits(items[i] + 0.0);
        var (values, index) = Of(bits);
        var distinct = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
            distinct[i] = BitConverter.Int64BitsToDouble(values[i]);
        return (distinct, index);
    }
}
