using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Notes.Notes.Purge;

/// <summary>Deletes notes older than the retention period.</summary>
public sealed class PurgeExpiredNotesJob(NotesDbContext db, ISettings<NotesSettings> settings, ILogger<PurgeExpiredNotesJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var retention = (await settings.GetAsync(cancellationToken)).RetentionDays;
        var cutoff = run.StartedUtc.UtcDateTime.AddDays(-retention);
        var purged = await db.Notes.Where(n => n.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Purged {Count} notes older than {RetentionDays} days", purged, retention);
    }
}
