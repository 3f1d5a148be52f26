using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Notices;
using PluginCrm.Sdk.Jobs;

namespace PluginCrm.Feedback.Deadlines;

/// <summary>
/// Every 15 minutes: each complaint past its response or resolution deadline is told to its owner and the owner's manager
/// (every active admin while unassigned), once per breach and reopening, since the occasion is kept by the host.
/// </summary>
public sealed class ComplaintDeadlinesJob(FeedbackDbContext db, ComplaintNotices notices, ILogger<ComplaintDeadlinesJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = run.StartedUtc.UtcDateTime;
        var late = await db.Complaints.AsNoTracking().Where(Overdue.Either(now)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var complaint in late.Select(c => c.ToRecord()))
        {
            if (Overdue.IsResponseLate(complaint, now))
                queued += await notices.OverdueAsync(complaint, "response", cancellationToken);
            if (Overdue.IsResolutionLate(complaint, now))
                queued += await notices.OverdueAsync(complaint, "resolution", cancellationToken);
        }
        logger.LogInformation("{Count} complaints past a deadline; {Queued} new messages", late.Count, queued);
    }
}
