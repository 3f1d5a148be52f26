using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Explain;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Timeline;

/// <summary>
/// The customer's score in each run, at the time the run started, with the explanation of every score (as
/// <c>GET /scores/{customerId}?runId=</c> gives it); visible as the customer is.
/// </summary>
public sealed class ScoreTimelineSource(ValueScoringDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "score";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var scored = db.Scores.AsNoTracking().Where(s => s.CustomerId == customerId)
            .Join(db.Runs.AsNoTracking(), s => s.RunId, r => r.Id, (s, r) => new Row { Score = s, Run = r });
        var rows = await window.Apply(scored, r => r.Run.StartedUtc, r => r.Score.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new TimelineEntry(r.Run.StartedUtc, r.Score.Id, Kind, Title(r.Score))
        {
            Detail = Detail(r.Score),
            ActorName = $"value-scoring run {r.Run.Id} ({r.Run.Trigger})",
            Data = new Dictionary<string, object?> { ["runId"] = r.Run.Id, ["explanation"] = ScoreExplainer.Explain(r.Run, r.Score) },
        }).ToList();
    }

    private static string Title(ScoreRow s) =>
        $"Scored {s.Segment}, class {s.AbcClass}, CLV {Money(s.Clv ?? s.SimpleClv)}{(s.Warning ? ", churn warning" : "")} (as of {s.AsOf:yyyy-MM-dd})";

    private static string Detail(ScoreRow s)
    {
        var fired = RunJson.ReadSignals(s.SignalsJson).Where(x => x.Fired).Select(x => $"{x.Name}: {x.Detail}").ToList();
        return $"RFM R{s.R} F{s.F} M{s.M} (recency {s.RecencyDays} days, {s.Frequency} purchase days, spend {Money(s.Monetary)}) → {s.Segment}; "
            + $"ABC {s.AbcClass} ({s.AbcShareBefore.ToString("0.##", CultureInfo.InvariantCulture)}% of value ranked above); "
            + $"simple CLV {Money(s.SimpleClv)}{(s.Clv is { } clv ? $", CLV {Money(clv)}" : "")}; "
            + (fired.Count == 0 ? "no churn signal" : $"churn warning: {string.Join("; ", fired)}");
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    // Properties, not a positional record: EF Core orders and filters on the members of what it projects into.
    private sealed record Row
    {
        public required ScoreRow Score { get; init; }
        public required ScoringRun Run { get; init; }
    }
}
