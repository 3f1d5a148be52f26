using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Strategies;

/// <summary>
/// Picks one rep from candidates, as pure code: first drop the inactive, the absent and those at their cap, then
/// apply the strategy to the rest.
/// </summary>
public static class StrategyRunner
{
    public static StrategyPick Pick(Strategy strategy, IReadOnlyList<Candidate> candidates, DateTime nowUtc)
    {
        var verdicts = candidates.OrderBy(c => c.UserId).Select(c => Judge(c, nowUtc)).ToList();
        var eligible = candidates.Where(c => verdicts.Single(v => v.UserId == c.UserId).Eligible).OrderBy(c => c.UserId).ToList();
        var credits = candidates.ToDictionary(c => c.UserId, c => c.Credit);
        if (eligible.Count == 0)
            return new StrategyPick(null, "no candidate can take it: queued", verdicts, credits);

        return strategy switch
        {
            Strategy.LeastLoaded => LeastLoaded(eligible, verdicts, credits),
            Strategy.WeightedRoundRobin => SmoothWeightedRoundRobin.Pick(eligible, c => c.Weight, verdicts, credits),
            _ => SmoothWeightedRoundRobin.Pick(eligible, _ => 1, verdicts, credits),
        };
    }

    private static CandidateVerdict Judge(Candidate c, DateTime nowUtc) => c switch
    {
        { Active: false } => new(c.UserId, false, "inactive"),
        { AbsentUntilUtc: { } until } when until > nowUtc => new(c.UserId, false, $"absent until {until:yyyy-MM-dd HH:mm}Z"),
        { Cap: { } cap } when c.OpenLeads >= cap => new(c.UserId, false, $"at its cap: {c.OpenLeads} of {cap} open leads"),
        _ => new(c.UserId, true, $"available: {c.OpenLeads} open leads{(c.Cap is { } cap ? $" of {cap}" : "")}, weight {c.Weight}, credit {c.Credit}"),
    };

    private static StrategyPick LeastLoaded(List<Candidate> eligible, List<CandidateVerdict> verdicts, Dictionary<long, long> credits)
    {
        var winner = eligible.OrderBy(c => c.OpenLeads).ThenBy(c => c.UserId).First();
        return new StrategyPick(winner.UserId, $"fewest open leads ({winner.OpenLeads}); ties go to the lower user id", verdicts, credits);
    }
}
