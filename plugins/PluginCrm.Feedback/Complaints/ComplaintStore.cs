using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Complaints;

/// <summary>
/// The complaint's own writes, run by the pipeline as the core operation of each <c>complaint.*</c> message, inside its
/// transaction: the row and its timeline entry commit or roll back together.
/// </summary>
public sealed class ComplaintStore(FeedbackDbContext db)
{
    public Task<Complaint?> FindAsync(long id, CancellationToken ct) => db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<ComplaintRecord> InsertAsync(ComplaintRecord complaint, ComplaintEvent created, CancellationToken ct)
    {
        var row = Complaint.From(complaint with { Version = 1 });
        db.Complaints.Add(row);
        await db.SaveChangesAsync(ct);
        created.ComplaintId = row.Id;
        await AddEventAsync(created, ct);
        return row.ToRecord();
    }

    /// <summary>Saves <paramref name="target"/> only if the stored version is still <paramref name="expectedVersion"/>.</summary>
    public async Task<ComplaintRecord> UpdateAsync(ComplaintRecord target, long expectedVersion, ComplaintEvent happened, CancellationToken ct)
    {
        var saved = target with { Version = expectedVersion + 1 };
        var changed = await db.Complaints.Where(c => c.Id == target.Id && c.Version == expectedVersion).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Priority, saved.Priority).SetProperty(c => c.Status, saved.Status)
            .SetProperty(c => c.OwnerId, saved.OwnerId).SetProperty(c => c.TeamId, saved.TeamId)
            .SetProperty(c => c.RespondByUtc, saved.RespondByUtc).SetProperty(c => c.ResolveByUtc, saved.ResolveByUtc)
            .SetProperty(c => c.FirstResponseUtc, saved.FirstResponseUtc).SetProperty(c => c.ResolvedUtc, saved.ResolvedUtc)
            .SetProperty(c => c.Resolution, saved.Resolution).SetProperty(c => c.ClosedUtc, saved.ClosedUtc)
            .SetProperty(c => c.ReopenCount, saved.ReopenCount).SetProperty(c => c.UpdatedUtc, saved.UpdatedUtc)
            .SetProperty(c => c.Version, saved.Version), ct);
        if (changed == 0)
            throw new RecordConflictException($"complaint {target.Id} changed since version {expectedVersion} was read: read it again");
        await AddEventAsync(happened, ct);
        return saved;
    }

    public async Task AddEventAsync(ComplaintEvent happened, CancellationToken ct)
    {
        db.Events.Add(happened);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<ComplaintEvent>> TimelineAsync(long id, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.OccurredUtc).ThenBy(e => e.Id).ToListAsync(ct);
}
