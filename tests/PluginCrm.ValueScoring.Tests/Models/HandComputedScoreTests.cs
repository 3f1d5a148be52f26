using PluginCrm.ValueScoring.Abc;
using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Clv;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Tests.Models;

/// <summary>RFM, ABC, simple CLV and churn signals on a table small enough to compute by hand (in the comments).</summary>
public sealed class HandComputedScoreTests
{
    private static readonly DateOnly AsOf = new(2024, 3, 31);

    private static Order O(long customer, string date, decimal total) => new(customer, DateTime.Parse(date + "T10:00:00Z").ToUniversalTime(), total);

    // c1: 3 days, last Mar 30 (R 1 day), 200.  c2: two orders on Mar 20 = one purchase day (R 11), 50.
    // c3: Feb 1 and Feb 15 (R 45), 400 less a 100 cancellation = 300.  c4: Dec 1 2023 (R 121), 20.
    // c5: 4 days, last Mar 31 (R 0), 120.  An order after the as-of date does not count.
    private static readonly Order[] Table =
    [
        O(1, "2024-01-10", 50), O(1, "2024-03-01", 50), O(1, "2024-03-30", 100),
        O(2, "2024-03-20", 40), O(2, "2024-03-20", 10),
        O(3, "2024-02-01", 300), O(3, "2024-02-15", 100), O(3, "2024-03-10", -100),
        O(4, "2023-12-01", 20),
        O(5, "2024-01-01", 30), O(5, "2024-02-01", 30), O(5, "2024-03-01", 30), O(5, "2024-03-31", 30), O(5, "2024-04-01", 999),
    ];

    private static Dictionary<long, CustomerScore> Scores(ValueScoringSettings? settings = null) =>
        ScoringEngine.ScoreAll(Table, AsOf, settings ?? new ValueScoringSettings()).Scores.ToDictionary(s => s.CustomerId);

    [Fact]
    public void Rfm_values_scores_and_segments_match_a_hand_computation()
    {
        var scores = Scores();

        // With 5 customers, score = 1 + (number strictly worse).
        // Recency 1, 11, 45, 121, 0 -> R 4, 3, 2, 1, 5.  Frequency 3, 1, 2, 1, 4 -> F 4, 1, 3, 1, 5.
        // Monetary 200, 50, 300, 20, 120 -> M 4, 2, 5, 1, 3.
        Assert.Equal([(1, 3, 200m), (11, 1, 50m), (45, 2, 300m), (121, 1, 20m), (0, 4, 120m)],
            scores.Values.OrderBy(s => s.CustomerId).Select(s => (s.Values.RecencyDays, s.Values.Frequency, s.Values.Monetary)));
        Assert.Equal([(4, 4, 4), (3, 1, 2), (2, 3, 5), (1, 1, 1), (5, 5, 3)],
            scores.Values.OrderBy(s => s.CustomerId).Select(s => (s.Rfm.R, s.Rfm.F, s.Rfm.M)));
        // Default grid: R4 F4 champions, R3 F1 needs attention, R2 F3 at risk, R1 F1 lost, R5 F5 champions.
        Assert.Equal(["champions", "needs attention", "at risk", "lost", "champions"], scores.Values.OrderBy(s => s.CustomerId).Select(s => s.Rfm.Segment));
    }

    [Fact]
    public void Abc_classes_follow_the_cumulative_share_and_the_configured_thresholds()
    {
        // Net spend 300 (c3), 200 (c1), 120 (c5), 50 (c2), 20 (c4) of 690. Share held by those above:
        // c3 0%, c1 43.5%, c5 72.5%, c2 89.9%, c4 97.1% -> A, A, A, B, C at 80/95.
        var scores = Scores();
        Assert.Equal(["A", "A", "A", "B", "C"], new long[] { 3, 1, 5, 2, 4 }.Select(id => scores[id].Abc.Name));

        // At 50/90: c5 (72.5%) becomes B, c2 (89.9%) stays B.
        var tighter = Scores(new ValueScoringSettings { AbcThresholdA = 50, AbcThresholdB = 90 });
        Assert.Equal(["A", "A", "B", "B", "C"], new long[] { 3, 1, 5, 2, 4 }.Select(id => tighter[id].Abc.Name));
    }

    [Fact]
    public void Abc_gives_c_to_customers_without_positive_value()
    {
        var classes = AbcClassifier.Classify([(1, 100m), (2, 0m), (3, -5m)], 80, 95);
        Assert.Equal(["A", "C", "C"], classes.OrderBy(c => c.Key).Select(c => c.Value.Name));
    }

    [Fact]
    public void Simple_clv_is_average_purchase_times_purchases_per_year_times_lifespan()
    {
        var scores = Scores();
        // c1: 200 / 3 purchases = 66.67; observed 81 days -> at least one year -> 3 per year; x 3 years = 600.
        Assert.Equal(600m, Math.Round(scores[1].SimpleClv.Value, 6));
        // c3: 300 / 2 = 150; 2 per year; x 3 = 900.
        Assert.Equal(900m, Math.Round(scores[3].SimpleClv.Value, 6));
        // A customer seen for three years: 2 purchases, 400 -> 200 each, 2/3 per year, x 3 years = 400.
        Assert.Equal(400m, Math.Round(SimpleClv.Compute(400, 2, 1095, 365, 3).Value, 6));
    }

    [Fact]
    public void Churn_warns_on_silence_against_the_usual_interval_and_says_which_signal_fired()
    {
        var scores = Scores();
        // c3: one gap of 14 days; 45 days silent > 2 x 14 = 28 -> silence fires.
        Assert.True(scores[3].Warning);
        Assert.Equal([ChurnSignals.Silence], scores[3].Signals.Where(s => s.Fired).Select(s => s.Name));
        // c1: gaps 51 and 29 days, mean 40; 1 day silent -> nothing fires.
        Assert.False(scores[1].Warning);
        // c4: one purchase day: no usual interval, no silence warning.
        Assert.False(scores[4].Signals.Single(s => s.Name == ChurnSignals.Silence).Fired);
    }

    [Fact]
    public void Churn_warns_when_spend_falls_between_the_two_windows()
    {
        var orders = new[] { O(9, "2024-01-15", 100), O(9, "2024-02-10", 100), O(9, "2024-03-20", 20) };
        var settings = new ValueScoringSettings { SpendWindowDays = 30 };
        var score = ScoringEngine.ScoreAll(orders, AsOf, settings).Scores.Single();

        // Last 30 days (Mar 1 - Mar 31]: 20; the 30 before (Jan 31 - Mar 1]: 100; 20 < 100 x 50% -> fires.
        var falling = score.Signals.Single(s => s.Name == ChurnSignals.FallingSpend);
        Assert.True(falling.Fired);
        Assert.Contains("spent 20 in the last 30 days against 100", falling.Detail);
    }

    [Fact]
    public void Too_few_repeat_customers_leave_the_probabilistic_models_out_with_the_reason()
    {
        var (run, scores) = ScoringEngine.ScoreAll(Table, AsOf, new ValueScoringSettings());

        Assert.Null(run.BgNbd);
        Assert.Equal("BG/NBD: only 3 of 5 customers bought again in the calibration period; at least 10 must, or the dropout parameters a and b cannot be estimated", run.BgNbdError);
        Assert.StartsWith("Gamma-Gamma: only 3 customers", run.GammaGammaError);
        Assert.All(scores, s => Assert.Null(s.Clv));
    }

    [Fact]
    public void Churn_warns_on_unresolved_complaints_from_the_threshold_up_and_says_when_they_are_not_known()
    {
        // c1 has 2 unresolved complaints, c2 1, the others none. c1 fires nothing else (see above): its warning is the complaints alone.
        var open = new Dictionary<long, int> { [1] = 2, [2] = 1 };
        Dictionary<long, ChurnSignal> Signal(int threshold, IReadOnlyDictionary<long, int>? counts) =>
            ScoringEngine.ScoreAll(Table, AsOf, new ValueScoringSettings { OpenComplaintsThreshold = threshold }, null, counts).Scores
                .ToDictionary(s => s.CustomerId, s => s.Signals.Single(g => g.Name == ChurnSignals.OpenComplaints));

        var atOne = Signal(1, open);
        var atTwo = Signal(2, open);

        Assert.Equal([1L, 2L], atOne.Where(s => s.Value.Fired).Select(s => s.Key).Order());
        Assert.Equal([1L], atTwo.Where(s => s.Value.Fired).Select(s => s.Key));
        Assert.Equal("2 unresolved complaints against a warning at 2", atTwo[1].Detail);
        Assert.Equal("1 unresolved complaint against a warning at 2", atTwo[2].Detail);
        Assert.Equal("0 unresolved complaints against a warning at 1", atOne[4].Detail);
        Assert.True(ScoringEngine.ScoreAll(Table, AsOf, new ValueScoringSettings(), null, open).Scores.Single(s => s.CustomerId == 1).Warning);
        Assert.All(Signal(1, null).Values, s => Assert.Equal((false, "complaints not checked: the feedback module is not installed or is off"), (s.Fired, s.Detail)));
        Assert.All(Signal(0, open).Values, s => Assert.False(s.Fired));
    }
}
