using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Notify;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.ValueScoring.Contracts;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// The pool's scheduled reclaim: owned customers past their due date (see <see cref="ReclaimPolicy"/>) go back to the
/// pool, unless protected, or spared by an open deal or a recent order; owners are warned some days before, once.
/// </summary>
public sealed class ReclaimJob(
    ICrmRecords records, LeadAssignmentDbContext db, Protection protection, OwnerWriter writer, DecisionLog log, OwnerNotices notices,
    ISettings<LeadAssignmentSettings> settings, IServiceProvider services, ILogger<ReclaimJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var s = await settings.GetAsync(cancellationToken);
        var now = run.StartedUtc.UtcDateTime;
        var values = services.GetService<ICustomerValues>();
        var owned = new List<CustomerRecord>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(null, cancellationToken))
            if (customer.OwnerId is not null)
                owned.Add(customer);

        var (reclaimed, warned) = (0, 0);
        foreach (var customer in owned)
        {
            if (await protection.ProtectedUntilAsync("customer", customer.Id, customer.OwnerId, cancellationToken) is not null)
                continue;
            var team = customer.TeamId?.ToString() ?? "";
            var days = s.NoFollowUpDaysByTeam.GetValueOrDefault(team, s.PoolNoFollowUpDays);
            var notConverted = s.NotConvertedDaysByTeam.GetValueOrDefault(team, s.PoolNotConvertedDays);
            if (values is not null && await values.GetAsync(customer.Id, cancellationToken) is { } value && s.NoFollowUpDaysByValueClass.TryGetValue(value.ValueClass, out var byClass))
                days = byClass;
            var due = ReclaimPolicy.Due(customer, await LastInteractionAsync(customer.Id, cancellationToken), await OwnedSinceAsync(customer, cancellationToken), days, notConverted);
            if (due is not { } d || d.Due - TimeSpan.FromDays(s.PoolWarningDays) > now || await SparedAsync(customer.Id, s, now, cancellationToken))
                continue;
            if (d.Due <= now)
            {
                await writer.SetOwnerAsync(new OwnershipChange("reclaim", "customer", customer.Id, null, d.Reason), null, ActingUser.System, cancellationToken);
                reclaimed++;
            }
            else if (await WarnOnceAsync(customer, d.Due, d.Reason, cancellationToken))
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

    private async Task<DateTime?> LastInteractionAsync(long customerId, CancellationToken ct)
    {
        DateTime? last = null;
        await foreach (var i in records.QueryAsync<InteractionRecord>(new Dictionary<string, string> { ["customerId"] = customerId.ToString() }, ct))
            if (last is null || i.OccurredUtc > last)
                last = i.OccurredUtc;
        return last;
    }

    private async Task<DateTime> OwnedSinceAsync(CustomerRecord customer, CancellationToken ct) =>
        await db.Decisions.AsNoTracking()
            .Where(x => x.RecordType == "customer" && x.RecordId == customer.Id && Protection.Gains.Contains(x.Action) && x.ToOwnerId == customer.OwnerId)
            .MaxAsync(x => (DateTime?)x.OccurredUtc, ct) ?? customer.CreatedUtc;

    private async Task<bool> SparedAsync(long customerId, LeadAssignmentSettings s, DateTime now, CancellationToken ct)
    {
        var byCustomer = new Dictionary<string, string> { ["customerId"] = customerId.ToString() };
        if (s.SpareOpenDeals)
            await foreach (var deal in records.QueryAsync<DealRecord>(byCustomer, ct))
                if (deal.Stage is not (DealStage.Won or DealStage.Lost))
                    return true;
        if (s.SpareRecentOrderDays > 0)
            await foreach (var _ in records.QueryAsync<OrderRecord>(new Dictionary<string, string>(byCustomer) { ["from"] = now.AddDays(-s.SpareRecentOrderDays).ToString("yyyy-MM-dd") }, ct))
                return true;
        return false;
    }
}
