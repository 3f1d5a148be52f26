using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// Changes core records for a caller: every change is a message through the pipeline (<c>customer.create</c>,
/// <c>.update</c>, <c>.delete</c>, <c>.purge</c>) on a record the caller may change, and an update carrying a stale
/// version is refused instead of overwriting.
/// </summary>
public sealed class RecordWriter(CrmDbContext db, CrmDatabase database, MessagePipeline pipeline, RecordChecks checks, RecordReader reader, TimeProvider time, IServiceProvider services)
{
    /// <summary>Creates a record; <paramref name="reason"/> says why in the audit when it follows from another change.</summary>
    public async Task<TRecord> CreateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord input, ActingUser user, CancellationToken ct, string? reason = null)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RequireWrite(kind, user);
        var target = await checks.CheckedAsync(kind, input, null, user, ct);
        var request = new PipelineRequest<TRecord>($"{kind.Name}.create", kind.Name, user, null, target, async (changed, token) =>
        {
            var entity = new TEntity();
            kind.Apply(await checks.RecheckedAsync(kind, target, changed!, null, user, token), entity);
            entity.CreatedUtc = entity.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            entity.Version = 1;
            db.Set<TEntity>().Add(entity);
            await SaveAsync(kind, token);
            var stored = kind.ToRecord(entity);
            await kind.AfterCreateAsync(stored, user, reader, this, token);
            return stored;
        }, kind.IdOf) { Reason = reason, Then = (written, token) => kind.AfterWriteAsync(written!, services, token) };
        return (await pipeline.RunAsync(request, ct))!;
    }

    /// <summary>Replaces a record; <paramref name="reason"/> says why in the audit when the system changes it on its own.</summary>
    public async Task<TRecord> UpdateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, TRecord input, long? expectedVersion, ActingUser user, CancellationToken ct, string? reason = null)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RequireWrite(kind, user);
        var entity = await FindChangeableAsync(kind, id, user, includeDeleted: false, ct);
        RequireVersion(kind, entity, expectedVersion);
        return await ChangeAsync(kind, entity, input, user, reason, ct);
    }

    /// <summary>
    /// Changes a record by a function of it as the caller sees it (a merge patch): found as an update finds it (404, 403),
    /// held to the version in <c>If-Match</c> (428 without it, 412 stale), then checked and sent as the same
    /// <c>&lt;kind&gt;.update</c> message as a whole record.
    /// </summary>
    public async Task<TRecord> PatchAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, Func<TRecord, TRecord> patch, long? expectedVersion, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RequireWrite(kind, user);
        var entity = await FindChangeableAsync(kind, id, user, includeDeleted: false, ct);
        if (expectedVersion is null)
            throw new ConflictException($"send the version you read in an If-Match header: {kind.Name} {entity.Id} is at version {entity.Version}", 428);
        RequireVersion(kind, entity, expectedVersion);
        return await ChangeAsync(kind, entity, patch(kind.ToRecord(entity)), user, null, ct);
    }

    private async Task<TRecord> ChangeAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TEntity entity, TRecord input, ActingUser user, string? reason, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var before = kind.ToRecord(entity);
        var target = await checks.CheckedAsync(kind, input, before, user, ct);
        // A change that stores nothing new (a patch of the values stored, or of none; a module setting what is already
        // set) is answered with the record as it is: no new version, no audit entry, no step, webhook or outbox row.
        if (kind.ChangesNothing(before, target))
            return before;
        var request = new PipelineRequest<TRecord>($"{kind.Name}.update", kind.Name, user, before, target, async (changed, token) =>
        {
            kind.Apply(await checks.RecheckedAsync(kind, target, changed!, before, user, token), entity);
            Touch(entity);
            await SaveAsync(kind, token);
            return kind.ToRecord(entity);
        }, kind.IdOf) { Reason = reason, Then = (written, token) => kind.AfterWriteAsync(written!, services, token) };
        return (await pipeline.RunAsync(request, ct))!;
    }

    /// <summary>Soft-deletes (the row stays, hidden from lists), or with <paramref name="purge"/> removes it for good (admins only).</summary>
    public async Task DeleteAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, bool purge, long? expectedVersion, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RequireWrite(kind, user);
        if (purge && user.Role != CrmRole.Admin)
            throw new ForbiddenException("only an admin can purge a record");
        var entity = await FindChangeableAsync(kind, id, user, includeDeleted: purge, ct);
        if (expectedVersion is not null)
            RequireVersion(kind, entity, expectedVersion);
        var before = kind.ToRecord(entity);
        var request = new PipelineRequest<TRecord>($"{kind.Name}.{(purge ? "purge" : "delete")}", kind.Name, user, before, null, async (_, token) =>
        {
            if (purge)
                db.Set<TEntity>().Remove(entity);
            else
            {
                entity.DeletedUtc = time.GetUtcNow().UtcDateTime;
                Touch(entity);
            }
            await SaveAsync(kind, token);
            return null;
        }, kind.IdOf);
        await pipeline.RunAsync(request, ct);
    }

    /// <summary>The record to change: 404 for one the caller cannot see (as for one that is not there), 403 for one it sees but may not change.</summary>
    public async Task<TEntity> FindChangeableAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, ActingUser user, bool includeDeleted, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        return await kind.Writable(db, user, includeDeleted).SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? (await kind.Readable(db, user, includeDeleted).AnyAsync(e => e.Id == id, ct)
                ? throw new ForbiddenException($"you may see {kind.Name} {id} but not change it: it is not yours (a shared record is claimed before it is changed)")
                : throw new NotFoundException($"there is no {kind.Name} {id}"));
    }

    internal void Touch(RecordEntity entity)
    {
        entity.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        entity.Version++;
    }

    internal static void RequireWrite<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, ActingUser user)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        if (!kind.MayWrite(user))
            throw new ForbiddenException($"a {user.Role.ToString().ToLowerInvariant()} cannot change {kind.Route}");
    }

    internal static void RequireVersion<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TEntity entity, long? expected)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        if (expected is null)
            throw new ConflictException($"send the version you read (If-Match header or a version field): {kind.Name} {entity.Id} is at version {entity.Version}", 428);
        if (expected != entity.Version)
            throw new ConflictException($"{kind.Name} {entity.Id} changed since you read it: you sent version {expected}, it is at {entity.Version}; read it again", 412);
    }

    internal async Task SaveAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"the {kind.Name} changed while you saved it; read it again", 412);
        }
        catch (DbUpdateException ex) when (ex.InnerException is { } inner && database.Provider.IsUniqueViolation(inner, out var clash))
        {
            throw new ConflictException($"the {kind.Name} clashes with another record: {clash}");
        }
    }
}
