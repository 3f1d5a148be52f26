using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Notify;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// The pool's scheduled reclaim: owned customers past their due date (see <see cref="ReclaimSchedule"/>) go back to the
/// pool, unless protected, or spared by an open deal or a recent order; owners are warned some days before, once.
/// </summary>
public sealed class ReclaimJob(
    ICrmRecords records, LeadAssignmentDbContext db, ReclaimSchedule schedule, OwnerWriter writer, DecisionLog log, OwnerNotices notices,
    ISettings<LeadAssignmentSettings> settings, ILogger<ReclaimJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var s = await settings.GetAsync(cancellationToken);
        var now = run.StartedUtc.UtcDateTime;
        var owned = new List<CustomerRecord>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(null, cancellationToken))
            if (customer.OwnerId is not null)
                owned.Add(customer);

        var (reclaimed, warned) = (0, 0);
        foreach (var customer in owned)
        {
            if (await schedule.ProtectedUntilAsync(customer, cancellationToken) is not null)
                continue;
            var due = await schedule.DueAsync(customer, s, cancellationToken);
            if (due is not { } d || d.Due - TimeSpan.FromDays(s.PoolWarningDays) > now || await schedule.SparedAsync(customer.Id, s, now, cancellationToken))
                continue;
            if (d.Due <= now)
            {
                await writer.SetOwnerAsync(new OwnershipChange("reclaim", "customer", customer.Id, null, d.Reason), null, ActingUser.System, cancellationToken);
                reclaimed++;
            }
            else if (await WarnOnceAsync(customer, d.Due, d.Reason.ToString(), cancellationToken))
                warned++;
        }
        logger.LogInformation("Reclaimed {Reclaimed} customers into the pool and warned {Warned} owners", reclaimed, warned);
    }

    private async Task<bool> WarnOnceAsync(CustomerRecord customer, DateTime due, string reason, CancellationToken ct)
    {
        var note = $"due {due:yyyy-MM-dd HH:mm}Z";
        if (await db.Decisions.AnyAsync(x => x.RecordType == "customer" && x.RecordId == customer.Id && x.Action == "reclaim-warning" && x.Reason == note, ct))
            return false;
        log.Add("customer", customer.Id, "reclaim-warning", ActingUser.System, customer.OwnerId, customer.OwnerId, customer.TeamId, reason: note, explanation: reason);
        await db.SaveChangesAsync(ct);
        await notices.TellAsync(customer.OwnerId!.Value, "lead-assignment.reclaim-warning",
            new Dictionary<string, object?> { ["customer"] = customer, ["due"] = due, ["reason"] = reason }, $"reclaim-warning:{customer.Id}:{due:yyyy-MM-dd}", ct);
        return true;
    }
}
