namespace PluginCrm.LeadAssignment.Strategies;

/// <summary>
/// Smooth weighted round robin (as nginx balances upstreams): every eligible rep's credit grows by its weight, the
/// rep with the most credit wins (ties: lower user id) and pays back the total weight. Over any run of
/// <c>sum(weights)</c> picks each rep wins exactly <c>weight</c> times, spread out; with every weight 1 it is plain
/// round robin. Reps who are skipped keep their credit, so an absence does not reorder the others.
/// </summary>
public static class SmoothWeightedRoundRobin
{
    public static StrategyPick Pick(
        IReadOnlyList<Candidate> eligible, Func<Candidate, int> weightOf, IReadOnlyList<CandidateVerdict> verdicts, Dictionary<long, long> credits)
    {
        long total = 0;
        foreach (var c in eligible)
        {
            var weight = Math.Max(1, weightOf(c));
            credits[c.UserId] += weight;
            total += weight;
        }
        var winner = eligible.OrderByDescending(c => credits[c.UserId]).ThenBy(c => c.UserId).First();
        var credit = credits[winner.UserId];
        credits[winner.UserId] -= total;
        return new StrategyPick(winner.UserId, $"its turn: highest rotation credit ({credit}) after adding weights; pays back {total}", verdicts, credits);
    }
}
