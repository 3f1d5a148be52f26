using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Strategies;

namespace PluginCrm.LeadAssignment.Tests.Strategies;

/// <summary>The strategies as pure code: what each promises, over many picks, with the credits carried from pick to pick.</summary>
public sealed class StrategyTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private static Dictionary<long, int> Run(Strategy strategy, List<Candidate> reps, int picks, bool countLoad = false)
    {
        var wins = reps.ToDictionary(r => r.UserId, _ => 0);
        for (var i = 0; i < picks; i++)
        {
            var pick = StrategyRunner.Pick(strategy, reps, Now);
            if (pick.WinnerId is not { } winner)
                break;
            wins[winner]++;
            reps = reps.Select(r => r with { Credit = pick.Credits[r.UserId], OpenLeads = r.OpenLeads + (countLoad && r.UserId == winner ? 1 : 0) }).ToList();
        }
        return wins;
    }

    private static Candidate Rep(long id, int weight = 1, int? cap = null, int open = 0, bool active = true, DateTime? absentUntil = null) =>
        new(id, active, absentUntil, weight, cap, open, 0);

    [Fact]
    public void Round_robin_gives_each_rep_one_lead_in_turn()
    {
        var reps = new List<Candidate> { Rep(3), Rep(1), Rep(2) };
        var order = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var pick = StrategyRunner.Pick(Strategy.RoundRobin, reps, Now);
            order.Add(pick.WinnerId!.Value);
            reps = reps.Select(r => r with { Credit = pick.Credits[r.UserId] }).ToList();
        }
        Assert.Equal([1L, 2, 3, 1, 2, 3], order);
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(100, 7)]
    [InlineData(35, 35)]
    public void Round_robin_counts_differ_by_at_most_one(int leads, int repCount)
    {
        var wins = Run(Strategy.RoundRobin, Enumerable.Range(1, repCount).Select(i => Rep(i)).ToList(), leads);

        Assert.Equal(leads, wins.Values.Sum());
        Assert.All(wins.Values, w => Assert.InRange(w, leads / repCount, (leads + repCount - 1) / repCount));
    }

    [Fact]
    public void Weighted_round_robin_gives_each_rep_its_weight_per_cycle()
    {
        // Weights 5, 1, 1: a cycle is 7 picks; 70 picks are 10 cycles, so 50, 10, 10.
        var wins = Run(Strategy.WeightedRoundRobin, [Rep(1, weight: 5), Rep(2), Rep(3)], 70);

        Assert.Equal(new Dictionary<long, int> { [1] = 50, [2] = 10, [3] = 10 }, wins);
    }

    [Fact]
    public void Weighted_round_robin_spreads_the_heavy_reps_turns()
    {
        // Smooth: rep 1 (weight 5) never gets more than 3 in a row in a 5-1-1 cycle (nginx's sequence: a a b a c a a).
        var reps = new List<Candidate> { Rep(1, weight: 5), Rep(2), Rep(3) };
        var order = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var pick = StrategyRunner.Pick(Strategy.WeightedRoundRobin, reps, Now);
            order.Add(pick.WinnerId!.Value);
            reps = reps.Select(r => r with { Credit = pick.Credits[r.UserId] }).ToList();
        }
        Assert.Equal([1L, 1, 2, 1, 3, 1, 1], order);
    }

    [Fact]
    public void Inactive_absent_and_capped_reps_are_skipped_and_said_why()
    {
        var reps = new List<Candidate>
        {
            Rep(1, active: false), Rep(2, absentUntil: Now.AddDays(2)), Rep(3, cap: 4, open: 4), Rep(4, cap: 5, open: 4),
        };

        var pick = StrategyRunner.Pick(Strategy.RoundRobin, reps, Now);

        Assert.Equal(4, pick.WinnerId);
        Assert.Equal(["inactive", "absent until 2026-01-07 09:00Z", "at its cap: 4 of 4 open leads"], pick.Candidates.Take(3).Select(c => c.Why));
        Assert.True(pick.Candidates[3].Eligible);
    }

    [Fact]
    public void An_absence_that_ended_counts_no_more()
    {
        var pick = StrategyRunner.Pick(Strategy.RoundRobin, [Rep(1, absentUntil: Now.AddMinutes(-1))], Now);

        Assert.Equal(1, pick.WinnerId);
    }

    [Fact]
    public void When_every_rep_is_at_its_cap_nobody_wins_and_the_lead_waits()
    {
        var pick = StrategyRunner.Pick(Strategy.LeastLoaded, [Rep(1, cap: 2, open: 2), Rep(2, cap: 0)], Now);

        Assert.Null(pick.WinnerId);
        Assert.Contains("queued", pick.Why);
    }

    [Fact]
    public void Caps_are_never_exceeded_and_the_rest_is_left_over()
    {
        // Caps 2, 3, none-taken 1 → 6 places for 10 leads: 4 left over.
        var wins = Run(Strategy.RoundRobin, [Rep(1, cap: 2), Rep(2, cap: 3), Rep(3, cap: 1)], 10, countLoad: true);

        Assert.Equal(new Dictionary<long, int> { [1] = 2, [2] = 3, [3] = 1 }, wins);
    }

    [Fact]
    public void Least_loaded_fills_the_emptiest_rep_first()
    {
        // Open 5, 2, 0: rep 3 takes two (0→2), then reps 2 and 3 alternate, ties to the lower id (2,3,2,3): rep 2 gets 2, rep 3 gets 4.
        var wins = Run(Strategy.LeastLoaded, [Rep(1, open: 5), Rep(2, open: 2), Rep(3, open: 0)], 6, countLoad: true);

        Assert.Equal(new Dictionary<long, int> { [1] = 0, [2] = 2, [3] = 4 }, wins);
    }
}
