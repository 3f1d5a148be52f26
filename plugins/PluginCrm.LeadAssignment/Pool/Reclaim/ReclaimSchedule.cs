using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Contracts;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// When an owned customer is due back in the pool, as the reclaim job and the owner's day both read it: the periods of
/// its team and value class applied to its last interaction, the day its owner got it and its capture
/// (<see cref="ReclaimPolicy"/>); its protection; whether an open deal or a recent order spares it.
/// </summary>
public sealed class ReclaimSchedule(ICrmRecords records, ICrmPurchases purchases, LeadAssignmentDbContext db, Protection protection, IServiceProvider services)
{
    private readonly Lazy<ICustomerValues?> values = new(services.GetService<ICustomerValues>);

    /// <summary>When the rules put <paramref name="customer"/> back in the pool, and why; null when no rule applies.</summary>
    public async Task<(DateTime Due, DayText Reason)?> DueAsync(CustomerRecord customer, LeadAssignmentSettings s, CancellationToken ct)
    {
        var team = customer.TeamId?.ToString() ?? "";
        var days = s.NoFollowUpDaysByTeam.GetValueOrDefault(team, s.PoolNoFollowUpDays);
        var notConverted = s.NotConvertedDaysByTeam.GetValueOrDefault(team, s.PoolNotConvertedDays);
        if (values.Value is { } scores && await scores.GetAsync(customer.Id, ct) is { } value && s.NoFollowUpDaysByValueClass.TryGetValue(value.ValueClass, out var byClass))
            days = byClass;
        return ReclaimPolicy.Due(customer, await LastInteractionAsync(customer.Id, ct), await OwnedSinceAsync(customer, ct), days, notConverted);
    }

    /// <summary>Until when the owner's protection keeps the customer out of the pool; null when it does not (any more).</summary>
    public Task<DateTime?> ProtectedUntilAsync(CustomerRecord customer, CancellationToken ct) =>
        protection.ProtectedUntilAsync("customer", customer.Id, customer.OwnerId, ct);

    /// <summary>Whether an open deal or an order of the last <c>spareRecentOrderDays</c> keeps the customer with its owner.</summary>
    public async Task<bool> SparedAsync(long customerId, LeadAssignmentSettings s, DateTime now, CancellationToken ct)
    {
        var byCustomer = new Dictionary<string, string> { ["customerId"] = customerId.ToString() };
        if (s.SpareOpenDeals)
            await foreach (var deal in records.QueryAsync<DealRecord>(byCustomer, ct))
                if (deal.Stage is not (DealStage.Won or DealStage.Lost))
                    return true;
        if (s.SpareRecentOrderDays > 0)
            await foreach (var _ in purchases.ReadAsync(new Dictionary<string, string>(byCustomer) { ["from"] = now.AddDays(-s.SpareRecentOrderDays).ToString("yyyy-MM-dd") }, ct))
                return true;
        return false;
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
}
