using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Settings;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Nightly;

/// <summary>
/// Checked every hour; in the configured UTC hour, if nightly re-scoring is on and no nightly run exists for the day,
/// scores every customer as of that day. The host's lease keeps two processes from running it at once.
/// </summary>
public sealed class NightlyRescoreJob(ScoringRunner runner, ValueScoringDbContext db, ISettings<ValueScoringSettings> settings, ILogger<NightlyRescoreJob> logger) : IScheduledJob
{
    public const string Trigger = "nightly";

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        var now = run.StartedUtc.UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (!current.NightlyRescore || now.Hour != current.NightlyHourUtc)
            return;
        if (await db.Runs.AnyAsync(r => r.Trigger == Trigger && r.AsOf == today, cancellationToken))
            return;
        var scored = await runner.RunAsync(today, Trigger, null, cancellationToken);
        logger.LogInformation("Nightly scoring run {RunId} as of {AsOf}", scored.Id, today);
    }
}
