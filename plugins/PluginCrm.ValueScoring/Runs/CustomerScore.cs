using PluginCrm.ValueScoring.Abc;
using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Clv;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Rfm;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>Every score of one customer in a run, with the inputs it came from.</summary>
public sealed record CustomerScore(
    long CustomerId,
    DateOnly FirstPurchase,
    DateOnly LastPurchase,
    RfmValues Values,
    RfmScore Rfm,
    AbcClass Abc,
    SimpleClvResult SimpleClv,
    CalibrationSummary Summary,
    double? ExpectedPurchases,
    double? ProbabilityAlive,
    double? ExpectedSpend,
    decimal? Clv,
    IReadOnlyList<ChurnSignal> Signals)
{
    public bool Warning => Signals.Any(s => s.Fired);
}
