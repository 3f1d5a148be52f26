using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary>
/// The public pool (公海): an entry row plus a share through the host, so every rep sees the record while this
/// module is on. Both go through the scope's connection, so inside a change they commit or roll back with it.
/// </summary>
public sealed class PublicPool(LeadAssignmentDbContext db, IRecordSharing sharing, TimeProvider time)
{
    public const string PluginId = "lead-assignment";

    public async Task AddAsync(string recordType, long recordId, long? formerOwnerId, DayText reason, CancellationToken ct)
    {
        if (!await db.Pool.AnyAsync(p => p.RecordType == recordType && p.RecordId == recordId, ct))
        {
            db.Pool.Add(new PoolEntry { RecordType = recordType, RecordId = recordId, FormerOwnerId = formerOwnerId, Reason = reason.ToString(), ReasonText = reason, EnteredUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        await sharing.ShareAsync(PluginId, recordType, recordId, ct);
    }

    /// <summary>Takes the record out of the pool; false when it was not there (someone else took it first).</summary>
    public async Task<bool> TakeAsync(string recordType, long recordId, CancellationToken ct)
    {
        var taken = await db.Pool.Where(p => p.RecordType == recordType && p.RecordId == recordId).ExecuteDeleteAsync(ct) == 1;
        if (taken)
            await sharing.UnshareAsync(PluginId, recordType, recordId, ct);
        return taken;
    }
}
