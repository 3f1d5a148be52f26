namespace PluginCrm.ValueScoring.Abc;

/// <summary>
/// Where a run's ABC classes ended, kept with the run so that a customer re-scored after an order is classed without
/// reading every other customer's score: A from <see cref="LowestA"/> up, B from <see cref="LowestB"/> up, C below (and
/// without positive value). The share of value ranked above a new value is read off <see cref="Ladder"/>, the run's
/// ranking sampled at every hundredth of its customers, so it is exact at the samples and within a hundredth of the
/// customers between them. The next run ranks everyone again.
/// </summary>
/// <param name="LowestA">The smallest value classed A; null when no customer had positive value.</param>
/// <param name="LowestB">The smallest value classed B; null when none was.</param>
/// <param name="Ladder">(value, share of value ranked above it, percent) down the ranking, highest value first.</param>
public sealed record AbcCutOffs(decimal? LowestA, decimal? LowestB, IReadOnlyList<AbcStep> Ladder)
{
    private const int Steps = 100;

    /// <summary>The cut-offs of the classes a run gave.</summary>
    public static AbcCutOffs Of(IEnumerable<AbcClass> classes)
    {
        var ranked = classes.Where(c => c.Value > 0).OrderBy(c => c.ShareBeforePercent).ThenByDescending(c => c.Value).ToList();
        var every = Math.Max(1, ranked.Count / Steps);
        var ladder = ranked.Where((_, i) => i % every == 0).Select(c => new AbcStep(c.Value, c.ShareBeforePercent)).ToList();
        decimal? Lowest(string name) => ranked.Where(c => c.Name == name).Select(c => (decimal?)c.Value).LastOrDefault();
        return new AbcCutOffs(Lowest("A"), Lowest("B"), ladder);
    }

    /// <summary>The class of <paramref name="value"/> against the run's cut-offs.</summary>
    public AbcClass Classify(decimal value)
    {
        if (value <= 0 || LowestA is not { } a)
            return new AbcClass("C", 100, value); // as the run classes a customer with no positive value
        var share = Ladder.FirstOrDefault(step => step.Value <= value)?.ShareBeforePercent ?? Ladder[^1].ShareBeforePercent;
        var name = value >= a ? "A" : LowestB is { } b && value >= b ? "B" : "C";
        return new AbcClass(name, share, value);
    }
}
