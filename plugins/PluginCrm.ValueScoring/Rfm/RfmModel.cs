namespace PluginCrm.ValueScoring.Rfm;

/// <summary>The quintile breakpoints of a population, and the segment mapping, that score any customer.</summary>
public sealed record RfmModel(Quintiles Recency, Quintiles Frequency, Quintiles Monetary, IReadOnlyList<SegmentRule> Segments)
{
    public static RfmModel Of(IReadOnlyCollection<RfmValues> population, IReadOnlyList<SegmentRule> segments) => new(
        Quintiles.Of(population.Select(v => (double)v.RecencyDays).ToList(), higherIsBetter: false),
        Quintiles.Of(population.Select(v => (double)v.Frequency).ToList(), higherIsBetter: true),
        Quintiles.Of(population.Select(v => (double)v.Monetary).ToList(), higherIsBetter: true),
        segments);

    public RfmScore Score(RfmValues values)
    {
        var r = Recency.Score(values.RecencyDays);
        var f = Frequency.Score(values.Frequency);
        var m = Monetary.Score((double)values.Monetary);
        return new RfmScore(r, f, m, SegmentRule.Find(Segments, r, f, m));
    }
}
