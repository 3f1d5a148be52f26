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
/// change's transaction, where the write commits or rolls back with the decision. Outside a change the credits are
/// tracked by the plugin's context instead, for the caller's save.
/// </summary>
public sealed class RotationCredits(LeadAssignmentDbContext db, Statements sql, IPluginDatabase database)
{
    // Whether this scope's context tracks credits: only then must a write by hand let go of them. Asking the change tracker
    // would set up the context, which the capture's statements by hand otherwise never need.
    private bool tracking;

    /// <summary>The credits of <paramref name="userIds"/> in <paramref name="rotation"/>, tracked: a batch of decisions sees its own picks.</summary>
    public async Task<Dictionary<long, RotationSlot>> TrackAsync(string rotation, IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        tracking = true;
        return await db.Rotations.Where(s => s.Rotation == rotation && userIds.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
    }

    /// <summary>Stores <paramref name="credits"/> in the tracked <paramref name="slots"/>, unsaved: the caller saves them with its decision.</summary>
    public void Store(string rotation, IReadOnlyDictionary<long, long> credits, Dictionary<long, RotationSlot> slots)
    {
        foreach (var (userId, credit) in credits)
        {
            if (slots.TryGetValue(userId, out var slot))
                slot.Credit = credit;
            else
                db.Rotations.Add(new RotationSlot { Rotation = rotation, UserId = userId, Credit = credit });
        }
    }

    public async Task<Dictionary<long, long>> ReadAsync(string rotation, IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        var lockRows = database.Provider == "postgres";
        // Every rep's row exists before the lock (a new one at credit 0, as a missing row reads), so a first turn is locked too.
        if (lockRows && userIds.Count > 0)
            await sql.ExecuteAsync(InsertSql(userIds.Count, onConflictDoNothing: true), userIds.Order().SelectMany(id => new object?[] { rotation, id, 0L }).ToList(), ct);
        var rows = await sql.ReadAsync("SELECT \"UserId\", \"Credit\" FROM la_rotation_slots WHERE \"Rotation\" = {0}" + (lockRows ? " FOR UPDATE" : ""), [rotation],
            r => (UserId: r.GetInt64(0), Credit: r.GetInt64(1)), ct);
        return rows.Where(s => userIds.Contains(s.UserId)).ToDictionary(s => s.UserId, s => s.Credit);
    }

    /// <summary>Writes <paramref name="credits"/> where they differ from <paramref name="read"/>; a rep without a row reads as credit 0.</summary>
    public async Task WriteAsync(string rotation, IReadOnlyDictionary<long, long> read, IReadOnlyDictionary<long, long> credits, CancellationToken ct)
    {
        var changed = credits.Where(c => read.TryGetValue(c.Key, out var was) && was != c.Value).OrderBy(c => c.Key).ToList();
        var added = credits.Where(c => !read.ContainsKey(c.Key) && c.Value != 0).OrderBy(c => c.Key).ToList();
        if (changed.Count > 0 && await sql.ExecuteAsync(UpdateSql(changed.Count), UpdateArguments(rotation, changed, read), ct) != changed.Count)
            throw new DbUpdateConcurrencyException($"the credits of rotation {rotation} changed since they were read");
        if (added.Count > 0)
            await sql.ExecuteAsync(InsertSql(added.Count), added.SelectMany(a => new object?[] { rotation, a.Key, a.Value }).ToList(), ct);
        // A context that tracks these rows (a decision outside a change earlier in the scope) would hold stale credits.
        if (tracking)
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

    private static object?[] UpdateArguments(string rotation, List<KeyValuePair<long, long>> changed, IReadOnlyDictionary<long, long> read) =>
        [rotation, .. changed.SelectMany(c => new object?[] { c.Key, c.Value, read[c.Key] })];

    private static string InsertSql(int rows, bool onConflictDoNothing = false) =>
        "INSERT INTO la_rotation_slots (\"Rotation\", \"UserId\", \"Credit\") VALUES " + SqlRows.Values(rows, 3) + (onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
}
