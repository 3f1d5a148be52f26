using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// Reads and changes core records for a caller: every change is a message through the pipeline
/// (<c>customer.create</c>, <c>.update</c>, <c>.delete</c>, <c>.purge</c>), every read is limited to what the
/// caller may see, and an update carrying a stale version is refused instead of overwriting.
/// </summary>
public sealed class RecordService(CrmDbContext db, MessagePipeline pipeline, IRecordAccess access, TimeProvider time, IServiceProvider services)
{
    public async Task<TRecord> GetAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        kind.ToRecord(await FindAsync(kind, id, user, includeDeleted: false, ct));

    public async Task<RecordPage<TRecord>> ListAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, ListQuery query, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = new FieldErrors();
        if (query.Page < 1)
            errors.Add("page", "must be 1 or more");
        if (query.PageSize is < 1 or > ListQuery.MaxPageSize)
            errors.Add("pageSize", $"must be between 1 and {ListQuery.MaxPageSize}");
        if (query.IncludeDeleted && user.Role != CrmRole.Admin)
            errors.Add("includeDeleted", "only an admin sees deleted records");

        var rows = VisibleRows(kind, query.Filters, query.IncludeDeleted, user, errors);
        var ordered = Sort(kind, rows, query.Sort, errors);
        errors.ThrowIfAny();

        var total = await rows.CountAsync(ct);
        var items = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new RecordPage<TRecord>(items.Select(kind.ToRecord).ToList(), query.Page, query.PageSize, total);
    }

    /// <summary>
    /// The rows <paramref name="user"/> may see, narrowed by the kind's query-string filters and in no order, for
    /// readers that page on their own (exports); an unknown filter or a bad value is a 400 naming it.
    /// </summary>
    public IQueryable<TEntity> VisibleRows<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyDictionary<string, string> filters, ActingUser user)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = new FieldErrors();
        var rows = VisibleRows(kind, filters, includeDeleted: false, user, errors);
        errors.ThrowIfAny();
        return rows;
    }

    private IQueryable<TEntity> VisibleRows<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyDictionary<string, string> filters, bool includeDeleted, ActingUser user, FieldErrors errors)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var rows = kind.Visible(includeDeleted ? db.Set<TEntity>().IgnoreQueryFilters() : db.Set<TEntity>(), db, user).AsNoTracking();
        var known = kind.FiltersAt(time.GetUtcNow().UtcDateTime);
        foreach (var (name, value) in filters)
        {
            if (known.TryGetValue(name, out var filter))
                rows = Filter(rows, filter, name, value, errors);
            else
                errors.Add(name, $"is not a filter of {kind.Route}; use one of: {string.Join(", ", known.Keys)}");
        }
        return rows;
    }

    /// <summary>Creates a record; <paramref name="reason"/> says why in the audit when it follows from another change.</summary>
    public async Task<TRecord> CreateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord input, ActingUser user, CancellationToken ct, string? reason = null)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RequireWrite(kind, user);
        var target = await CheckedAsync(kind, input, null, null, user, ct);
        var request = new PipelineRequest<TRecord>($"{kind.Name}.create", kind.Name, user, null, target, async (changed, token) =>
        {
            var entity = new TEntity();
            kind.Apply(await RecheckedAsync(kind, target, changed!, null, null, user, token), entity);
            entity.CreatedUtc = entity.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            entity.Version = 1;
            db.Set<TEntity>().Add(entity);
            await SaveAsync(kind, token);
            var stored = kind.ToRecord(entity);
            await kind.AfterCreateAsync(stored, user, this, token);
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
        var id = entity.Id;
        var before = kind.ToRecord(entity);
        var target = await CheckedAsync(kind, input, before, id, user, ct);
        var request = new PipelineRequest<TRecord>($"{kind.Name}.update", kind.Name, user, before, target, async (changed, token) =>
        {
            kind.Apply(await RecheckedAsync(kind, target, changed!, before, id, user, token), entity);
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

    private async Task<TEntity> FindAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, ActingUser user, bool includeDeleted, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var rows = kind.Visible(includeDeleted ? db.Set<TEntity>().IgnoreQueryFilters() : db.Set<TEntity>(), db, user).AsNoTracking();
        return await rows.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException($"there is no {kind.Name} {id}");
    }

    /// <summary>The record to change: 404 for one the caller cannot see (as for one that is not there), 403 for one it sees but may not change.</summary>
    public async Task<TEntity> FindChangeableAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, ActingUser user, bool includeDeleted, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var all = includeDeleted ? db.Set<TEntity>().IgnoreQueryFilters() : db.Set<TEntity>();
        return await kind.Changeable(all, db, user).SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? (await kind.Visible(all, db, user).AnyAsync(e => e.Id == id, ct)
                ? throw new ForbiddenException($"you may see {kind.Name} {id} but not change it: it is not yours (a shared record is claimed before it is changed)")
                : throw new NotFoundException($"there is no {kind.Name} {id}"));
    }

    private async Task<TRecord> CheckedAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord input, TRecord? existing, long? id, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = new FieldErrors();
        var record = kind.Normalize(input, existing, user, errors);
        if (!errors.Any)
            record = await kind.CheckAsync(record, existing, user, new RecordContext(db, access, time), errors, ct);
        errors.ThrowIfAny();
        return record;
    }

    // A step may have changed the target in PreValidation or PreOperation: check it again, but only then.
    private Task<TRecord> RecheckedAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord checkedTarget, TRecord changed, TRecord? existing, long? id, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        ReferenceEquals(checkedTarget, changed) ? Task.FromResult(changed) : CheckedAsync(kind, changed, existing, id, user, ct);

    private void Touch(RecordEntity entity)
    {
        entity.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        entity.Version++;
    }

    private static void RequireWrite<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, ActingUser user)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        if (!kind.MayWrite(user))
            throw new ForbiddenException($"a {user.Role.ToString().ToLowerInvariant()} cannot change {kind.Route}");
    }

    private static void RequireVersion<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TEntity entity, long? expected)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        if (expected is null)
            throw new ConflictException($"send the version you read (If-Match header or a version field): {kind.Name} {entity.Id} is at version {entity.Version}", 428);
        if (expected != entity.Version)
            throw new ConflictException($"{kind.Name} {entity.Id} changed since you read it: you sent version {expected}, it is at {entity.Version}; read it again", 412);
    }

    private async Task SaveAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, CancellationToken ct)
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
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 } constraint)
        {
            throw new ConflictException($"the {kind.Name} clashes with another record: {constraint.Message.Split(": ").Last()}");
        }
    }

    private IQueryable<TEntity> Filter<TEntity>(IQueryable<TEntity> rows, Func<IQueryable<TEntity>, CrmDbContext, string, IQueryable<TEntity>> filter, string name, string value, FieldErrors errors)
    {
        try
        {
            return filter(rows, db, value);
        }
        catch (FormatException ex)
        {
            errors.Add(name, ex.Message);
            return rows;
        }
    }

    private static IQueryable<TEntity> Sort<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IQueryable<TEntity> rows, string? sort, FieldErrors errors)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        if (string.IsNullOrWhiteSpace(sort))
            return rows.OrderBy(e => e.Id);
        var descending = sort.StartsWith('-');
        var key = sort.TrimStart('-');
        if (key == "id")
            return descending ? rows.OrderByDescending(e => e.Id) : rows.OrderBy(e => e.Id);
        if (!kind.Sorts.TryGetValue(key, out var expression))
        {
            errors.Add("sort", $"'{key}' is not a sort key of {kind.Route}; use one of: id, {string.Join(", ", kind.Sorts.Keys)}");
            return rows;
        }
        var ordered = descending ? rows.OrderByDescending(expression) : rows.OrderBy(expression);
        return ordered.ThenBy(e => e.Id);
    }
}
