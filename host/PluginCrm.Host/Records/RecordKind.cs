using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using System.Text.Json;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// Everything the generic record API needs to know about one kind of core record: its names, how entity and
/// record map, how input is checked, who may see which rows, and how lists filter and sort.
/// </summary>
public abstract class RecordKind<TEntity, TRecord> where TEntity : RecordEntity, new() where TRecord : class
{
    /// <summary>The singular name used in messages and the audit: <c>customer</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The API segment: <c>customers</c>.</summary>
    public abstract string Route { get; }

    public abstract TRecord ToRecord(TEntity entity);

    /// <summary>Copies the record's fields onto the entity (not id, timestamps or version).</summary>
    public abstract void Apply(TRecord record, TEntity entity);

    /// <summary>
    /// Whether writing <paramref name="target"/> over <paramref name="before"/> would store nothing new: both as
    /// <see cref="Apply"/> stores them and <see cref="ToRecord"/> reads them back, so the fields the server sets (id,
    /// timestamps, version) and the spelling of a number (<c>10.5</c>, <c>10.50</c>) do not count.
    /// </summary>
    public bool ChangesNothing(TRecord before, TRecord target) => JsonElement.DeepEquals(AsStored(before), AsStored(target));

    private JsonElement AsStored(TRecord record)
    {
        var entity = new TEntity();
        Apply(record, entity);
        return JsonSerializer.SerializeToElement(ToRecord(entity), StoredJson.Options);
    }

    /// <summary>Checks and tidies input (trims, lower-cases e-mail, ...), adding a message per bad field.</summary>
    public abstract TRecord Normalize(TRecord input, TRecord? existing, ActingUser user, FieldErrors errors);

    /// <summary>
    /// Checks what needs the database and completes the record: the owner's team, referenced records the caller may
    /// attach to, natural keys that are free. <paramref name="existing"/> is the record before an update.
    /// </summary>
    public virtual Task<TRecord> CheckAsync(TRecord record, TRecord? existing, ActingUser user, CrmDbContext db, FieldErrors errors, CancellationToken ct) =>
        Task.FromResult(record);

    /// <summary>
    /// The same, for a kind that needs more than its database (a record of any type, plugins' included, that it points
    /// at; the clock). The service calls this one; by default it is the check above.
    /// </summary>
    public virtual Task<TRecord> CheckAsync(TRecord record, TRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct) =>
        CheckAsync(record, existing, user, context.Db, errors, ct);

    /// <summary>
    /// The same for many records at once (an import's batch), each item with its own errors; a kind whose checks need the
    /// database answers them with a query per check for the whole batch, and its single check is this one of one item.
    /// By default, each item's check in turn.
    /// </summary>
    public virtual async Task<IReadOnlyList<TRecord>> CheckManyAsync(IReadOnlyList<(TRecord Record, TRecord? Existing)> items, ActingUser user, RecordContext context,
        IReadOnlyList<FieldErrors> errors, CancellationToken ct)
    {
        var checkedItems = new List<TRecord>(items.Count);
        for (var i = 0; i < items.Count; i++)
            checkedItems.Add(await CheckAsync(items[i].Record, items[i].Existing, user, context, errors[i], ct));
        return checkedItems;
    }

    /// <summary>
    /// Runs in the create's core operation, after the record is stored and before PostOperation: other records this one
    /// changes (an interaction completing a task), each a nested message through <paramref name="writer"/> in the same
    /// transaction. Nothing by default.
    /// </summary>
    public virtual Task AfterCreateAsync(TRecord stored, ActingUser user, RecordReader reader, RecordWriter writer, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// What follows from a record written (created or updated), in the change's transaction after its audit entry: the
    /// host's own consequences, such as an order moving its customer's lifecycle stage. Nothing, unless the kind says so.
    /// </summary>
    public virtual Task AfterWriteAsync(TRecord written, IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    /// <summary>What follows from many records written at once (an import's batch); by default, each one's consequences in turn.</summary>
    public virtual async Task AfterWriteManyAsync(IReadOnlyList<TRecord> written, IServiceProvider services, CancellationToken ct)
    {
        foreach (var record in written)
            await AfterWriteAsync(record, services, ct);
    }

    /// <summary>The rows <paramref name="user"/> may see; everything, unless the kind says otherwise.</summary>
    public virtual IQueryable<TEntity> Visible(IQueryable<TEntity> rows, CrmDbContext db, ActingUser user) => rows;

    /// <summary>
    /// The rows <paramref name="user"/> may change, delete or attach records to: those it sees, for a role that may
    /// write this kind at all, unless the kind says otherwise (a shared customer is seen, not changed).
    /// </summary>
    public virtual IQueryable<TEntity> Changeable(IQueryable<TEntity> rows, CrmDbContext db, ActingUser user) =>
        MayWrite(user) ? Visible(rows, db, user) : rows.Where(_ => false);

    /// <summary>The rows of <see cref="Visible"/>, deleted ones left out unless <paramref name="includeDeleted"/>.</summary>
    public IQueryable<TEntity> Readable(CrmDbContext db, ActingUser user, bool includeDeleted = false) => Live(Visible(Rows(db, includeDeleted), db, user), includeDeleted);

    /// <summary>The rows of <see cref="Changeable"/>, deleted ones left out unless <paramref name="includeDeleted"/>.</summary>
    public IQueryable<TEntity> Writable(CrmDbContext db, ActingUser user, bool includeDeleted = false) => Live(Changeable(Rows(db, includeDeleted), db, user), includeDeleted);

    private static IQueryable<TEntity> Rows(CrmDbContext db, bool includeDeleted) => includeDeleted ? db.Set<TEntity>().IgnoreQueryFilters() : db.Set<TEntity>();

    // The soft-delete test written into the query, not left to the model's filter: EF applies IgnoreQueryFilters to the
    // whole query it appears in, and an order's or interaction's visibility reads its customer even when deleted (its
    // orders stay visible), which would otherwise bring back deleted orders and interactions as well.
    private static IQueryable<TEntity> Live(IQueryable<TEntity> rows, bool includeDeleted) => includeDeleted ? rows : rows.Where(e => e.DeletedUtc == null);

    /// <summary>Whether <paramref name="user"/> sees every record of this kind, so that a scope need not list them.</summary>
    public virtual bool ReadsAll(ActingUser user) => true;

    /// <summary>Whether <paramref name="user"/> may create, change or delete records of this kind at all.</summary>
    public virtual bool MayWrite(ActingUser user) => true;

    /// <summary>Query-string filters: name to a function that narrows the rows by the given value.</summary>
    public virtual IReadOnlyDictionary<string, Func<IQueryable<TEntity>, CrmDbContext, string, IQueryable<TEntity>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<TEntity>, CrmDbContext, string, IQueryable<TEntity>>>();

    /// <summary>The filters as of <paramref name="nowUtc"/>, for a kind with filters relative to now (<c>overdue=true</c>).</summary>
    public virtual IReadOnlyDictionary<string, Func<IQueryable<TEntity>, CrmDbContext, string, IQueryable<TEntity>>> FiltersAt(DateTime nowUtc) => Filters;

    /// <summary>
    /// The list's query parameters for the OpenAPI document: the filters named as the 400 for an unknown one names them
    /// (the time changes what a filter matches, never its name), and the sort keys.
    /// </summary>
    public ListQueryMetadata ListDescription(bool pages) => new(Route, [.. FiltersAt(DateTime.UnixEpoch).Keys], pages, [.. Sorts.Keys]);

    /// <summary>Sort keys (<c>sort=name</c>, <c>sort=-createdUtc</c>) to expressions.</summary>
    public virtual IReadOnlyDictionary<string, Expression<Func<TEntity, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<TEntity, object?>>>();

    public abstract long IdOf(TRecord record);

    /// <summary>The version a client read, from the record it sends back; 0 when it sent none.</summary>
    public abstract long VersionOf(TRecord record);
}
