namespace PluginCrm.ValueScoring.Numerics;

/// <summary>
/// The distinct values of a list and, per element, the position of its value among them: a likelihood computes a
/// logarithm or a digamma once per distinct value instead of once per element.
/// </summary>
public static class DistinctIndex
{
    public static (T[] Values, int[] Index) Of<T>(IReadOnlyList<T> items) where T : notnull
    {
        var positions = new Dictionary<T, int>();
        var index = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (!positions.TryGetValue(items[i], out var position))
                positions.Add(items[i], position = positions.Count);
            index[i] = position;
        }
        return (positions.Keys.ToArray(), index);
    }
}
