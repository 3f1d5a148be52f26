using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>
/// 客户保护: the owner a decision gave a record keeps it for the protection period from that decision; meanwhile
/// the pool does not reclaim it and nobody transfers it without overriding the protection.
/// </summary>
public sealed class Protection(LeadAssignmentDbContext db, ISettings<LeadAssignmentSettings> settings, TimeProvider time)
{
    public static readonly string[] Gains = ["assign", "fallback", "claim", "transfer", "reassign"];

    /// <summary>Until when <paramref name="owner"/>'s ownership is protected, or null when it is not (any more).</summary>
    public async Task<DateTime?> ProtectedUntilAsync(string recordType, long recordId, long? owner, CancellationToken ct)
    {
        if (owner is null)
            return null;
        var days = (await settings.GetAsync(ct)).ProtectionDays;
        var gained = await db.Decisions.AsNoTracking()
            .Where(d => d.RecordType == recordType && d.RecordId == recordId && Gains.Contains(d.Action))
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (gained is null || gained.ToOwnerId != owner)
            return null;
        var until = gained.OccurredUtc.AddDays(days);
        return until > time.GetUtcNow().UtcDateTime ? until : null;
    }
}
