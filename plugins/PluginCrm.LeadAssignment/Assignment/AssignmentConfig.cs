using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// The rules, the reps' availability and the directory (users and teams), cached in the process and read again only when
/// the config stamp differs: every process sees a change another one saved by its next decision, for the price of one
/// query of the tiny stamps table. The host tells the plugin of every change to users or teams in its transaction
/// (<see cref="DirectoryStale"/>), which moves the stamp as a saved rule does.
/// </summary>
public sealed class AssignmentConfig
{
    private volatile ConfigSnapshot? cached;

    public async Task<ConfigSnapshot> CurrentAsync(LeadAssignmentDbContext db, Statements sql, ICrmDirectory directory, CancellationToken ct)
    {
        // The stamp first: a change saved between the two reads is cached under the older stamp, so read again next time.
        var stamps = (await sql.ReadAsync("SELECT \"Name\", \"Value\" FROM la_stamps", [], r => (Name: r.GetString(0), Value: r.GetInt64(1)), ct))
            .ToDictionary(s => s.Name, s => s.Value);
        var stamp = stamps.GetValueOrDefault(Stamp.Config);
        var snapshot = cached;
        if (snapshot is null || snapshot.Stamp != stamp)
        {
            var rules = await db.Rules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
            var reps = await db.Reps.AsNoTracking().ToDictionaryAsync(r => r.UserId, ct);
            cached = snapshot = new ConfigSnapshot(stamp, rules, reps, await directory.UsersAsync(ct));
        }
        return snapshot with { OpenLeadsBuilt = stamps.ContainsKey(Stamp.OpenLeadsBuilt) };
    }
}
