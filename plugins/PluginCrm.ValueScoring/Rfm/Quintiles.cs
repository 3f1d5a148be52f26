namespace PluginCrm.ValueScoring.Rfm;

/// <summary>
/// Scores 1 to 5 by quintile: score = 1 + ⌊5 × (share of customers strictly worse)⌋, so tied customers share a
/// score. Kept as four breakpoints so that a single customer can be scored later against the same population:
/// a value scores at least s when it is better than breakpoint s (s = 2..5).
/// </summary>
public sealed record Quintiles(bool HigherIsBetter, double[] Breakpoints)
{
    /// <summary>Breakpoint s is the (k-1)-th worst value, k = ⌈(s−1)·n/5⌉: beating it means k customers are strictly worse.</summary>
    public static Quintiles Of(IReadOnlyCollection<double> values, bool higherIsBetter)
    {
        if (values.Count == 0)
            return new Quintiles(higherIsBetter, []);
        var worstFirst = higherIsBetter ? values.Order().ToArray() : values.OrderDescending().ToArray();
        var n = values.Count;
        var breakpoints = Enumerable.Range(2, 4).Select(s => worstFirst[Math.Max(0, (int)Math.Ceiling((s - 1) * n / 5.0) - 1)]).ToArray();
        return new Quintiles(higherIsBetter, breakpoints);
    }

    public int Score(double value) =>
        1 + Breakpoints.Count(b => HigherIsBetter ? value > b : value < b);
}
