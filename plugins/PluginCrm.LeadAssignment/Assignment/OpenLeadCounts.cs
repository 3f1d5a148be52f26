using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// A rep's open work: the leads it owns that are new, contacted or qualified (not converted or disqualified), kept per
/// owner in <c>la_open_leads</c> by <see cref="OpenLeadsStep"/>. While the module was off nothing kept them, so switching
/// it on forgets them, and the next assignment that needs them counts every open lead again inside its change's
/// transaction, where no other writer can come between the count and the rows it writes.
/// </summary>
public sealed class OpenLeadCounts(LeadAssignmentDbContext db, Statements sql, ICrmRecords records)
{
    public static readonly LeadStatus[] OpenStatuses = [LeadStatus.New, LeadStatus.Contacted, LeadStatus.Qualified];

    /// <summary>The kept counts of <paramref name="userIds"/>; a user without a row owns no open lead.</summary>
    public async Task<Dictionary<long, int>> OfAsync(IReadOnlyCollection<long> userIds, CancellationToken ct) => userIds.Count == 0 ? [] :
        (await sql.ReadAsync($"SELECT \"OwnerId\", \"OpenLeads\" FROM la_open_leads WHERE \"OwnerId\" IN ({string.Join(", ", userIds.Select((_, i) => $"{{{i}}}"))})",
            userIds.Select(id => (object?)id).ToList(), r => (Owner: r.GetInt64(0), Count: r.GetInt32(1)), ct)).ToDictionary(o => o.Owner, o => o.Count);

    /// <summary>Counts every open lead: the truth the kept counts follow. Counted in the database, owner by owner.</summary>
    public async Task<Dictionary<long, int>> CountAllAsync(CancellationToken ct)
    {
        var counts = new Dictionary<long, int>();
        foreach (var status in OpenStatuses)
            foreach (var (owner, count) in await records.CountByOwnerAsync<LeadRecord>(new Dictionary<string, string> { ["status"] = status.ToString().ToLowerInvariant() }, ct))
                counts[owner] = counts.GetValueOrDefault(owner) + count;
        return counts;
    }

    /// <summary>Counts every open lead and keeps the counts; only inside a change's transaction.</summary>
    public async Task<Dictionary<long, int>> RebuildAsync(CancellationToken ct)
    {
        var counts = await CountAllAsync(ct);
        await db.OpenLeads.ExecuteDeleteAsync(ct);
        // One statement for every owner's row: EF would write one INSERT per owner (SQLite does not batch).
        if (counts.Count > 0)
        {
            var insert = "INSERT INTO la_open_leads (\"OwnerId\", \"OpenLeads\") VALUES " + SqlRows.Values(counts.Count, 2);
            await db.Database.ExecuteSqlRawAsync(insert, counts.SelectMany(c => new object[] { c.Key, c.Value }), ct);
        }
        if (await db.Stamps.FindAsync([Stamp.OpenLeadsBuilt], ct) is null)
        {
            db.Stamps.Add(new Stamp { Name = Stamp.OpenLeadsBuilt });
            await db.SaveChangesAsync(ct);
        }
        return counts;
    }

    /// <summary>Drops the kept counts' validity: the next assignment that needs them rebuilds them.</summary>
    public Task ForgetAsync(CancellationToken ct) => db.Stamps.Where(s => s.Name == Stamp.OpenLeadsBuilt).ExecuteDeleteAsync(ct);

    /// <summary>Moves the counts from what <paramref name="before"/> held to what <paramref name="after"/> holds (null: no lead).</summary>
    public async Task ChangeAsync(LeadRecord? before, LeadRecord? after, CancellationToken ct)
    {
        var deltas = new Dictionary<long, int>();
        if (OpenOwner(before) is { } was)
            deltas[was] = -1;
        if (OpenOwner(after) is { } now)
            deltas[now] = deltas.GetValueOrDefault(now) + 1;
        foreach (var (owner, delta) in deltas.Where(d => d.Value != 0))
            await sql.ExecuteAsync("""
                INSERT INTO la_open_leads ("OwnerId", "OpenLeads") VALUES ({0}, {1})
                ON CONFLICT ("OwnerId") DO UPDATE SET "OpenLeads" = la_open_leads."OpenLeads" + excluded."OpenLeads"
                """, [owner, delta], ct);
    }

    private static long? OpenOwner(LeadRecord? lead) => lead is { OwnerId: { } owner } && OpenStatuses.Contains(lead.Status) ? owner : null;
}
