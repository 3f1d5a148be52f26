using PluginCrm.Feedback.Contracts;
using PluginCrm.ValueScoring.Abc;
using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Clv;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Rfm;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>
/// Scores every customer as of a date from the orders: the models are fitted on all purchases up to that date (the
/// calibration period), then each customer gets RFM, ABC, simple CLV, the BG/NBD and Gamma-Gamma expectations over
/// the CLV horizon, and the churn signals. A model the data cannot support is left out with its reason.
/// </summary>
public static class ScoringEngine
{
    public static TimeUnit UnitOf(string unit) => unit == "day" ? TimeUnit.Day : TimeUnit.Week;

    /// <summary>Every customer with a purchase by <paramref name="asOf"/> scored, all at once (a run scores a batch at a time: <see cref="Prepare"/>, <see cref="Score"/>).</summary>
    /// <param name="openComplaints">Unresolved complaints per customer (absent: none); null when the feedback module is not there or off.</param>
    /// <param name="satisfaction">The latest NPS and CSAT per customer (absent: none); null when the feedback module is not there or off.</param>
    public static (RunParameters Run, List<CustomerScore> Scores) ScoreAll(
        IEnumerable<Order> orders, DateOnly asOf, ValueScoringSettings settings, IProgress<string>? progress = null, IReadOnlyDictionary<long, int>? openComplaints = null,
        IReadOnlyDictionary<long, CustomerSatisfaction>? satisfaction = null)
    {
        var histories = PurchaseHistories.Build(orders, asOf);
        var (run, classes) = Prepare(histories, asOf, settings, progress);
        progress?.Report($"scoring {histories.Count} customers");
        return (run, [.. Score(histories, asOf, run, classes, openComplaints, satisfaction)]);
    }

    /// <summary>Scores <paramref name="histories"/> with a run's figures (<see cref="Prepare"/>) and the feedback module's, where it has them.</summary>
    public static IEnumerable<CustomerScore> Score(
        IEnumerable<CustomerHistory> histories, DateOnly asOf, RunParameters run, IReadOnlyDictionary<long, AbcClass> classes,
        IReadOnlyDictionary<long, int>? openComplaints, IReadOnlyDictionary<long, CustomerSatisfaction>? satisfaction) =>
        histories.Select(h => ScoreOne(h, asOf, run, classes[h.CustomerId], OpenOf(openComplaints, h.CustomerId), SatisfactionOf(satisfaction, h.CustomerId)));

    /// <summary>
    /// What a run needs of the whole population before any customer is scored: the fitted models, the RFM breakpoints and
    /// segments, and each customer's ABC class with the cut-offs; a run then scores its customers a batch at a time.
    /// </summary>
    public static (RunParameters Run, IReadOnlyDictionary<long, AbcClass> Classes) Prepare(
        IReadOnlyList<CustomerHistory> histories, DateOnly asOf, ValueScoringSettings settings, IProgress<string>? progress = null)
    {
        var unit = UnitOf(settings.Unit);
        var summaries = CalibrationSummaries.Build(histories, asOf, unit);
        progress?.Report($"{histories.Count} customers with purchases by {asOf:yyyy-MM-dd}; fitting BG/NBD and Gamma-Gamma");
        // Independent fits, Gamma-Gamma on another core (as in ModelFitter).
        var gammaGammaFit = Task.Run(() => Try(() => GammaGammaFitter.Fit(summaries)));
        var (bgnbd, bgnbdError) = Try(() => BgNbdFitter.Fit(summaries));
        var (gammaGamma, gammaGammaError) = gammaGammaFit.GetAwaiter().GetResult();

        var values = histories.Select(h => RfmValuesOf(h, asOf)).ToList();
        var classes = AbcClassifier.Classify(histories.Select(h => (h.CustomerId, h.NetSpend)), settings.AbcThresholdA, settings.AbcThresholdB);
        var run = new RunParameters(asOf, settings.Unit, settings, RfmModel.Of(values, settings.Segments), bgnbd, bgnbdError, gammaGamma, gammaGammaError,
            AbcCutOffs.Of(classes.Values));
        return (run, classes);
    }

    /// <summary>Scores one customer with a run's fitted models and breakpoints (used by the run and by order updates).</summary>
    public static CustomerScore ScoreOne(
        CustomerHistory history, DateOnly asOf, RunParameters run, AbcClass abc, int? openComplaints = null, CustomerSatisfaction? satisfaction = null)
    {
        var settings = run.Settings;
        var unitDays = (double)(int)UnitOf(run.Unit);
        var values = RfmValuesOf(history, asOf);
        var summary = CalibrationSummaries.Build([history], asOf, UnitOf(run.Unit))[0];
        var simple = SimpleClv.Compute(history.NetSpend, history.Days.Count, asOf.DayNumber - history.First.DayNumber, settings.ClvPeriodDays, settings.ClvLifespanPeriods);

        double? expected = null, alive = null, spend = null;
        decimal? clv = null;
        if (run.BgNbd is { } fit)
        {
            var horizon = settings.ClvHorizonMonths * DiscountedClv.DaysPerMonth / unitDays;
            expected = BgNbdModel.ConditionalExpectedPurchases(fit.Parameters, summary.X, summary.Tx, summary.T, horizon);
            alive = BgNbdModel.ProbabilityAlive(fit.Parameters, summary.X, summary.Tx, summary.T);
            if (run.GammaGamma is { } gg)
            {
                spend = GammaGammaModel.ConditionalExpectedSpend(gg.Parameters, summary.X, summary.MeanRepeatValue);
                clv = Math.Round((decimal)DiscountedClv.Compute(fit.Parameters, summary.X, summary.Tx, summary.T, spend.Value, settings.ClvHorizonMonths, settings.AnnualDiscountRate, unitDays), 2);
            }
        }
        var rules = new ChurnRules(settings.SilenceFactor, settings.SpendWindowDays, settings.SpendDropPercent, settings.AliveThreshold, settings.OpenComplaintsThreshold,
            settings.SatisfactionWindowDays);
        return new CustomerScore(history.CustomerId, history.First, history.Last, values, run.Rfm.Score(values), abc, simple, summary,
            expected, alive, spend, clv, ChurnSignals.Check(history, asOf, alive, rules, openComplaints, satisfaction));
    }

    /// <summary>A customer's unresolved complaints from the feedback module's counts: 0 when absent, null when not known.</summary>
    public static int? OpenOf(IReadOnlyDictionary<long, int>? openComplaints, long customerId) =>
        openComplaints is null ? null : openComplaints.GetValueOrDefault(customerId);

    /// <summary>A customer's latest NPS and CSAT from the feedback module's answers: all null when absent, null when not known.</summary>
    public static CustomerSatisfaction? SatisfactionOf(IReadOnlyDictionary<long, CustomerSatisfaction>? satisfaction, long customerId) =>
        satisfaction is null ? null : satisfaction.GetValueOrDefault(customerId) ?? NoAnswer;

    private static readonly CustomerSatisfaction NoAnswer = new(null, null, null, null);

    public static RfmValues RfmValuesOf(CustomerHistory history, DateOnly asOf) =>
        new(history.CustomerId, asOf.DayNumber - history.Last.DayNumber, history.Days.Count, history.NetSpend);

    private static (T? Fit, string? Error) Try<T>(Func<T> fit) where T : class
    {
        try
        {
            return (fit(), null);
        }
        catch (FitException ex)
        {
            return (null, ex.Message);
        }
    }
}
