using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Data;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// A rotation's credits as a pick inside a change reads and writes them. A smooth weighted round robin changes every
/// eligible rep's credit, and EF writes one UPDATE per row (SQLite does not batch): seven statements a lead for a team of
/// seven. Here the changed credits are one UPDATE, each row checked against the credit read, as the credit's concurrency
/// token would be. SQLite serialises writers; on PostgreSQL the read locks the rotation's rows, so that two leads
/// captured at once take their turns one after the other instead of one failing on the other's credits. Only inside the
/// change's transaction, where the write commits or rolls back with the decision.
/// </summary>
public sealed class RotationCredits(LeadAssignmentDbContext db, IPluginDatabase database)
{
    public async Task<Dictionary<long, long>> ReadAsync(string rotation, IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        if (database.Provider != "postgres")
            return await db.Rotations.AsNoTracking().Where(s => s.Rotation == rotation && userIds.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, s => s.Credit, ct);
        // Every rep's row exists before the lock (a new one at credit 0, as a missing row reads), so a first turn is locked too.
        if (userIds.Count > 0)
            await db.Database.ExecuteSqlRawAsync(InsertSql(userIds.Count, onConflictDoNothing: true), userIds.Order().SelectMany(id => new object[] { rotation, id, 0L }).ToArray(), ct);
        var locked = await db.Rotations.FromSqlRaw("SELECT * FROM la_rotation_slots WHERE \"Rotation\" = {0} FOR UPDATE", rotation).AsNoTracking().ToListAsync(ct);
        return locked.Where(s => userIds.Contains(s.UserId)).ToDictionary(s => s.UserId, s => s.Credit);
    }

    /// <summary>Writes <paramref name="credits"/> where they differ from <paramref name="read"/>; a rep without a row reads as credit 0.</summary>
    public async Task WriteAsync(string rotation, IReadOnlyDictionary<long, long> read, IReadOnlyDictionary<long, long> credits, CancellationToken ct)
    {
        var changed = credits.Where(c => read.TryGetValue(c.Key, out var was) && was != c.Value).OrderBy(c => c.Key).ToList();
        var added = credits.Where(c => !read.ContainsKey(c.Key) && c.Value != 0).OrderBy(c => c.Key).ToList();
        if (changed.Count > 0 && await db.Database.ExecuteSqlRawAsync(UpdateSql(changed.Count), UpdateArguments(rotation, changed, read), ct) != changed.Count)
            throw new DbUpdateConcurrencyException($"the credits of rotation {rotation} changed since they were read");
        if (added.Count > 0)
            await db.Database.ExecuteSqlRawAsync(InsertSql(added.Count), added.SelectMany(a => new object[] { rotation, a.Key, a.Value }).ToArray(), ct);
        // A context that tracks these rows (a decision outside a change earlier in the scope) would hold stale credits.
        foreach (var entry in db.ChangeTracker.Entries<RotationSlot>().Where(e => e.Entity.Rotation == rotation).ToList())
            entry.State = EntityState.Detached;
    }

    // UPDATE ... SET Credit = CASE UserId WHEN {1} THEN {2} ... END WHERE Rotation = {0} AND ((UserId = {1} AND Credit = {3}) OR ...)
    private static string UpdateSql(int rows)
    {
        var set = new StringBuilder();
        var where = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            var (user, credit, was) = (1 + 3 * i, 2 + 3 * i, 3 + 3 * i);
            set.Append(CultureInfo.InvariantCulture, $" WHEN {{{user}}} THEN {{{credit}}}");
            where.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : " OR ")}(\"UserId\" = {{{user}}} AND \"Credit\" = {{{was}}})");
        }
        return $"UPDATE la_rotation_slots SET \"Credit\" = CASE \"UserId\"{set} END WHERE \"Rotation\" = {{0}} AND ({where})";
    }

    private static object[] UpdateArguments(string rotation, List<KeyValuePair<long, long>> changed, IReadOnlyDictionary<long, long> read) =>
        [rotation, .. changed.SelectMany(c => new object[] { c.Key, c.Value, read[c.Key] })];

    private static string InsertSql(int rows, bool onConflictDoNothing = false) =>
        "INSERT INTO la_rotation_slots (\"Rotation\", \"UserId\", \"Credit\") VALUES " + SqlRows.Values(rows, 3) + (onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
}
