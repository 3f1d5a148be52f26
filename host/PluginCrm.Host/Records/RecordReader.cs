using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// Reads core records for a caller: one by id, a page of a list (filtered and sorted as the kind allows), or the rows
/// to page through on one's own; every read is limited to what the caller may see.
/// </summary>
public sealed class RecordReader(CrmDbContext db, TimeProvider time)
{
    public async Task<TRecord> GetAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, long id, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var rows = kind.Readable(db, user).AsNoTracking();
        return kind.ToRecord(await rows.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException($"there is no {kind.Name} {id}"));
    }

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
        var rows = kind.Readable(db, user, includeDeleted).AsNoTracking();
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
