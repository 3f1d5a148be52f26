using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Purchases;

using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>
/// A full run: reads every order as histories, scores every customer, stores the run and its scores in one transaction.
/// The customers are scored and stored a batch at a time, so a run holds a history per customer and one batch of scores
/// (and the churn warnings, for the stages it moves), not every score.
/// </summary>
public sealed class ScoringRunner(
    ICrmPurchases purchases, ValueScoringDbContext db, IPluginBulkInsert bulk, ISettings<ValueScoringSettings> settings, AtRiskStages atRisk, IServiceProvider services,
    TimeProvider time, ILogger<ScoringRunner> logger)
{
    private const int Batch = 2_000;

    public async Task<ScoringRun> RunAsync(DateOnly asOf, string trigger, IProgress<string>? progress, CancellationToken ct)
    {
        var started = time.GetUtcNow().UtcDateTime;
        var histories = await PurchaseSource.HistoriesAsync(purchases, asOf, null, progress, ct);
        var openComplaints = await OpenComplaintsAsync(services, ct);
        var satisfaction = await SatisfactionAsync(services, asOf, ct);
        var (parameters, classes) = ScoringEngine.Prepare(histories, asOf, await settings.GetAsync(ct), progress);
        progress?.Report($"scoring {histories.Count} customers");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new ScoringRun { AsOf = asOf, Trigger = trigger, StartedUtc = started, Customers = histories.Count, ParametersJson = RunJson.Write(parameters) };
        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        var warned = new List<CustomerScore>();
        var stored = 0;
        foreach (var chunk in histories.Chunk(Batch))
        {
            var scores = ScoringEngine.Score(chunk, asOf, parameters, classes, openComplaints, satisfaction).ToList();
            await bulk.InsertAsync(db, scores.Select(s => ScoreRows.New(run.Id, asOf, s)).ToList(), ct);
            warned.AddRange(scores.Where(s => s.Warning));
            stored += chunk.Length;
            progress?.Report($"stored {stored} of {histories.Count} scores");
        }
        run.Warnings = warned.Count;
        run.FinishedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await atRisk.MarkAsync(asOf, warned, ct);
        logger.LogInformation("Scoring run {RunId} as of {AsOf}: {Customers} customers, {Warnings} churn warnings; BG/NBD {BgNbd}",
            run.Id, asOf, run.Customers, run.Warnings, parameters.BgNbdError ?? "fitted");
        return run;
    }

    /// <summary>The latest finished run, or null.</summary>
    public static Task<ScoringRun?> LatestAsync(ValueScoringDbContext db, CancellationToken ct) =>
        db.Runs.AsNoTracking().Where(r => r.FinishedUtc != null).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>Unresolved complaints per customer from the feedback module; null when it is not installed or is off.</summary>
    public static async Task<IReadOnlyDictionary<long, int>?> OpenComplaintsAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetService<ICustomerComplaints>() is { } complaints ? await complaints.OpenCountsAsync(ct) : null;

    /// <summary>
    /// Each customer's latest NPS and CSAT given by the end of <paramref name="asOf"/>, from the feedback module; null when it
    /// is not installed or is off.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, CustomerSatisfaction>?> SatisfactionAsync(IServiceProvider services, DateOnly asOf, CancellationToken ct) =>
        services.GetService<ICustomerSatisfaction>() is { } satisfaction ? await satisfaction.LatestAsync(EndOf(asOf), ct) : null;

    // The day's last microsecond, the finest time PostgreSQL keeps (a tick later would round to the next day).
    private static DateTime EndOf(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59, 999, 999), DateTimeKind.Utc);
}
