using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Api.Scores;

/// <summary>A customer's scores in a run, as listed; <c>GET /scores/{customerId}</c> explains them.</summary>
public sealed record ScoreView(
    long CustomerId, DateOnly AsOf, int RecencyDays, int Frequency, decimal Monetary, int R, int F, int M, string Segment, string AbcClass,
    decimal SimpleClv, double? ExpectedPurchases, double? ProbabilityAlive, double? ExpectedSpend, decimal? Clv, bool Warning, IReadOnlyList<string> FiredSignals)
{
    public static ScoreView From(ScoreRow s) => new(s.CustomerId, s.AsOf, s.RecencyDays, s.Frequency, s.Monetary, s.R, s.F, s.M, s.Segment, s.AbcClass,
        s.SimpleClv, s.ExpectedPurchases, s.ProbabilityAlive, s.ExpectedSpend, s.Clv, s.Warning,
        RunJson.ReadSignals(s.SignalsJson).Where(x => x.Fired).Select(x => x.Name).ToList());
}

/// <summary>One page of scores of a run.</summary>
public sealed record ScorePage(long RunId, DateOnly RunAsOf, IReadOnlyList<ScoreView> Items, int Page, int PageSize, int Total);
