using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data.Leases;

/// <summary>
/// Claims queued rows (the outbox, notifications, webhook deliveries) for one host process at a time. A conditional
/// update sets the lease, so of several processes exactly one holds a row, and a lease that outlives a dead process
/// expires. On PostgreSQL the candidates are read <c>FOR UPDATE SKIP LOCKED</c> inside the claim's transaction, so
/// processes polling together take different rows instead of queueing on the same first ones.
/// </summary>
public sealed class RowLeases(CrmDatabase database)
{
    // The three queue tables name their key and lease columns alike; EF.Property reads them without a shared interface.
    private const string Id = "Id", Owner = "LeaseOwner", Until = "LeaseUntilUtc";

    /// <summary>A lease owner unique to this process and queue, short enough for any provider's column.</summary>
    public static string NewOwner() =>
        $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Claims up to <paramref name="batch"/> of the <paramref name="due"/> rows whose lease is free, oldest first; returns them, untracked.</summary>
    public async Task<List<T>> ClaimAsync<T>(CrmDbContext db, IQueryable<T> due, int batch, string owner, DateTime now, TimeSpan lease, CancellationToken ct)
        where T : class
    {
        await using var transaction = database.Provider.SkipsLockedRows ? await db.Database.BeginTransactionAsync(ct) : null;
        var candidates = await due
            .Where(r => EF.Property<DateTime?>(r, Until) == null || EF.Property<DateTime?>(r, Until) < now)
            .OrderBy(r => EF.Property<long>(r, Id)).Select(r => EF.Property<long>(r, Id)).Take(batch)
            .TagWith(SkipLockedRows.Tag).ToListAsync(ct);
        if (candidates.Count == 0)
            return [];
        var until = now + lease;
        var free = db.Set<T>().Where(r => candidates.Contains(EF.Property<long>(r, Id))
                                          && (EF.Property<DateTime?>(r, Until) == null || EF.Property<DateTime?>(r, Until) < now));
        await free.ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string?>(r, Owner), owner).SetProperty(r => EF.Property<DateTime?>(r, Until), until), ct);
        var claimed = await db.Set<T>().AsNoTracking().Where(r => candidates.Contains(EF.Property<long>(r, Id)) && EF.Property<string?>(r, Owner) == owner)
            .OrderBy(r => EF.Property<long>(r, Id)).ToListAsync(ct);
        if (transaction is not null)
            await transaction.CommitAsync(ct);
        return claimed;
    }
}
