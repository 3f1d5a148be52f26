using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// The rules and the reps' availability, cached in the process and read again only when the config stamp differs: every
/// process sees a change another one saved by its next decision, for the price of one query of the tiny stamps table.
/// </summary>
public sealed class AssignmentConfig
{
    private volatile ConfigSnapshot? cached;

    public async Task<ConfigSnapshot> CurrentAsync(LeadAssignmentDbContext db, CancellationToken ct)
    {
        // The stamp first: a change saved between the two reads is cached under the older stamp, so read again next time.
        var stamps = await db.Stamps.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Value, ct);
        var stamp = stamps.GetValueOrDefault(Stamp.Config);
        var snapshot = cached;
        if (snapshot is null || snapshot.Stamp != stamp)
        {
            var rules = await db.Rules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
            var reps = await db.Reps.AsNoTracking().ToDictionaryAsync(r => r.UserId, ct);
            cached = snapshot = new ConfigSnapshot(stamp, rules, reps);
        }
        return snapshot with { OpenLeadsBuilt = stamps.ContainsKey(Stamp.OpenLeadsBuilt) };
    }
}
