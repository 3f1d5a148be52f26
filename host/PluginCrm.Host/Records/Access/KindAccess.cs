using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records.Access;

/// <summary>One core record kind's visibility rules, without its types, for <see cref="RecordAccess"/>.</summary>
public interface IKindAccess
{
    /// <summary>Of <paramref name="ids"/>, those <paramref name="user"/> may do <paramref name="right"/> to.</summary>
    Task<long[]> AllowedAsync(CrmDbContext db, ActingUser user, AccessRight right, long[] ids, CancellationToken ct);

    /// <summary>Every record the user reads.</summary>
    Task<RecordScope> ScopeAsync(CrmDbContext db, ActingUser user, CancellationToken ct);
}

/// <inheritdoc />
public sealed class KindAccess<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind) : IKindAccess
    where TEntity : RecordEntity, new() where TRecord : class
{
    public Task<long[]> AllowedAsync(CrmDbContext db, ActingUser user, AccessRight right, long[] ids, CancellationToken ct)
    {
        var rows = right == AccessRight.Read ? kind.Readable(db, user) : kind.Writable(db, user);
        return rows.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToArrayAsync(ct);
    }

    public async Task<RecordScope> ScopeAsync(CrmDbContext db, ActingUser user, CancellationToken ct) => kind.ReadsAll(user)
        ? RecordScope.Everything
        : RecordScope.Only(await kind.Readable(db, user).AsNoTracking().Select(e => e.Id).ToArrayAsync(ct));
}
