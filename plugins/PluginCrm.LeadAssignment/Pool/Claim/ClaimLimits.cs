using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary>The claim rules: a cool-down on a record the rep just lost, at most K claims a UTC day, at most L customers owned.</summary>
public static class ClaimLimits
{
    public static readonly string[] Losses = ["reclaim", "transfer", "reassign", "release"];

    public static async Task<string?> RefusalAsync(
        LeadAssignmentDbContext db, ICrmRecords records, LeadAssignmentSettings limits, string type, long id, long rep, DateTime now, CancellationToken ct)
    {
        var cooldownStart = now.AddDays(-limits.CooldownDays);
        var lost = await db.Decisions.AsNoTracking()
            .Where(d => d.RecordType == type && d.RecordId == id && d.FromOwnerId == rep && Losses.Contains(d.Action) && d.OccurredUtc > cooldownStart)
            .OrderByDescending(d => d.OccurredUtc).FirstOrDefaultAsync(ct);
        if (lost is not null)
            return $"you lost {type} {id} on {lost.OccurredUtc:yyyy-MM-dd HH:mm}Z ({lost.Action}); you may claim it again from {lost.OccurredUtc.AddDays(limits.CooldownDays):yyyy-MM-dd HH:mm}Z";

        var dayStart = now.Date;
        var today = await db.Decisions.CountAsync(d => d.Action == "claim" && d.ToOwnerId == rep && d.OccurredUtc >= dayStart, ct);
        if (today >= limits.ClaimsPerDay)
            return $"you have claimed {today} records today; the limit is {limits.ClaimsPerDay} a day";

        if (type == "customer")
        {
            var owned = 0;
            await foreach (var _ in records.QueryAsync<CustomerRecord>(new Dictionary<string, string> { ["ownerId"] = rep.ToString() }, ct))
                owned++;
            if (owned >= limits.MaxOwnedCustomers)
                return $"you own {owned} customers; the limit is {limits.MaxOwnedCustomers}";
        }
        return null;
    }
}
