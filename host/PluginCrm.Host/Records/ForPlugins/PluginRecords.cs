using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.ForPlugins;

/// <summary>
/// The SDK's <see cref="ICrmRecords"/> over <see cref="RecordReader"/> and <see cref="RecordWriter"/>: plugins read as the system or as a user, and
/// change through the pipeline as the user they name, and get the SDK's exceptions instead of the host's.
/// </summary>
public sealed class PluginRecords(RecordReader reader, RecordWriter writer) : ICrmRecords
{
    // Keyset pages: no reader stays open between yields, so a caller may use the scope's DbContexts while it iterates.
    private const int PageSize = 1_000;

    private static readonly Dictionary<Type, object> Kinds = new()
    {
        [typeof(CustomerRecord)] = new Access<Customer, CustomerRecord>(CoreRecords.Customers),
        [typeof(CompanyRecord)] = new Access<Company, CompanyRecord>(CoreRecords.Companies),
        [typeof(LeadRecord)] = new Access<Lead, LeadRecord>(CoreRecords.Leads),
        [typeof(DealRecord)] = new Access<Deal, DealRecord>(CoreRecords.Deals),
        [typeof(ProductRecord)] = new Access<Product, ProductRecord>(CoreRecords.Products),
        [typeof(OrderRecord)] = new Access<Order, OrderRecord>(CoreRecords.Orders),
        [typeof(InteractionRecord)] = new Access<Interaction, InteractionRecord>(CoreRecords.Interactions),
        [typeof(TaskRecord)] = new Access<CrmTask, TaskRecord>(CoreRecords.Tasks),
    };

    public Task<TRecord?> FindAsync<TRecord>(long id, CancellationToken cancellationToken) where TRecord : class =>
        Kind<TRecord>().FindAsync(reader, id, ActingUser.System, cancellationToken);

    public Task<TRecord?> FindAsync<TRecord>(long id, ActingUser user, CancellationToken cancellationToken) where TRecord : class =>
        Kind<TRecord>().FindAsync(reader, id, user, cancellationToken);

    public IAsyncEnumerable<TRecord> QueryAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken) where TRecord : class =>
        Kind<TRecord>().QueryAsync(reader, filters ?? new Dictionary<string, string>(), ActingUser.System, cancellationToken);

    public IAsyncEnumerable<TRecord> QueryAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, ActingUser user, CancellationToken cancellationToken) where TRecord : class =>
        Kind<TRecord>().QueryAsync(reader, filters ?? new Dictionary<string, string>(), user, cancellationToken);

    public Task<IReadOnlyDictionary<long, int>> CountByOwnerAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken) where TRecord : class =>
        Kind<TRecord>().CountByOwnerAsync(reader, filters ?? new Dictionary<string, string>(), cancellationToken);

    public Task<TRecord> CreateAsync<TRecord>(TRecord record, ActingUser user, CancellationToken cancellationToken) where TRecord : class =>
        Translated(() => Kind<TRecord>().CreateAsync(writer, record, user, cancellationToken));

    public Task<TRecord> UpdateAsync<TRecord>(TRecord record, ActingUser user, CancellationToken cancellationToken) where TRecord : class =>
        Translated(() => Kind<TRecord>().UpdateAsync(writer, record, user, null, cancellationToken));

    public Task<TRecord> UpdateAsync<TRecord>(TRecord record, ActingUser user, string reason, CancellationToken cancellationToken) where TRecord : class =>
        Translated(() => Kind<TRecord>().UpdateAsync(writer, record, user, reason, cancellationToken));

    private static IAccess<TRecord> Kind<TRecord>() where TRecord : class =>
        Kinds.TryGetValue(typeof(TRecord), out var kind)
            ? (IAccess<TRecord>)kind
            : throw new ArgumentException($"{typeof(TRecord).Name} is not a core record type; use one of {string.Join(", ", Kinds.Keys.Select(k => k.Name))}");

    private static async Task<T> Translated<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (InputException ex)
        {
            throw new RecordValidationException(ex.Errors);
        }
        catch (ConflictException ex)
        {
            throw new RecordConflictException(ex.Message);
        }
        catch (NotFoundException ex)
        {
            throw new RecordNotFoundException(ex.Message);
        }
        catch (ForbiddenException ex)
        {
            throw new RecordAccessDeniedException(ex.Message, hidesExistence: false);
        }
    }

    private interface IAccess<TRecord> where TRecord : class
    {
        Task<TRecord?> FindAsync(RecordReader reader, long id, ActingUser user, CancellationToken ct);
        IAsyncEnumerable<TRecord> QueryAsync(RecordReader reader, IReadOnlyDictionary<string, string> filters, ActingUser user, CancellationToken ct);
        Task<IReadOnlyDictionary<long, int>> CountByOwnerAsync(RecordReader reader, IReadOnlyDictionary<string, string> filters, CancellationToken ct);
        Task<TRecord> CreateAsync(RecordWriter writer, TRecord record, ActingUser user, CancellationToken ct);
        Task<TRecord> UpdateAsync(RecordWriter writer, TRecord record, ActingUser user, string? reason, CancellationToken ct);
    }

    private sealed class Access<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind) : IAccess<TRecord>
        where TEntity : RecordEntity, new() where TRecord : class
    {
        public async Task<TRecord?> FindAsync(RecordReader reader, long id, ActingUser user, CancellationToken ct)
        {
            try
            {
                return await reader.GetAsync(kind, id, user, ct);
            }
            catch (NotFoundException)
            {
                return null;
            }
        }

        private static readonly Expression<Func<TEntity, long?>>? OwnerOf = OwnerProperty();

        // e => e.OwnerId, for the kinds whose entity has an owner (TEntity is not known to be IOwned at compile time).
        private static Expression<Func<TEntity, long?>>? OwnerProperty()
        {
            if (!typeof(IOwned).IsAssignableFrom(typeof(TEntity)))
                return null;
            var e = Expression.Parameter(typeof(TEntity), "e");
            return Expression.Lambda<Func<TEntity, long?>>(Expression.Property(e, nameof(IOwned.OwnerId)), e);
        }

        public async IAsyncEnumerable<TRecord> QueryAsync(RecordReader reader, IReadOnlyDictionary<string, string> filters, ActingUser user, [EnumeratorCancellation] CancellationToken ct)
        {
            var rows = Rows(reader, filters, user);
            var after = 0L;
            while (true)
            {
                var page = await rows.Where(e => e.Id > after).OrderBy(e => e.Id).Take(PageSize).ToListAsync(ct);
                foreach (var entity in page)
                    yield return kind.ToRecord(entity);
                if (page.Count < PageSize)
                    yield break;
                after = page[^1].Id;
            }
        }

        public async Task<IReadOnlyDictionary<long, int>> CountByOwnerAsync(RecordReader reader, IReadOnlyDictionary<string, string> filters, CancellationToken ct)
        {
            var owner = OwnerOf ?? throw new ArgumentException($"{typeof(TRecord).Name} has no owner", nameof(filters));
            var counts = await Rows(reader, filters, ActingUser.System).Select(owner).Where(o => o != null)
                .GroupBy(o => o).Select(g => new { Owner = g.Key, Count = g.Count() }).ToListAsync(ct);
            return counts.ToDictionary(c => c.Owner!.Value, c => c.Count);
        }

        private IQueryable<TEntity> Rows(RecordReader reader, IReadOnlyDictionary<string, string> filters, ActingUser user)
        {
            try
            {
                return reader.VisibleRows(kind, filters, user);
            }
            catch (InputException ex)
            {
                throw new RecordValidationException(ex.Errors);
            }
        }

        public Task<TRecord> CreateAsync(RecordWriter writer, TRecord record, ActingUser user, CancellationToken ct) =>
            writer.CreateAsync(kind, record, user, ct);

        public Task<TRecord> UpdateAsync(RecordWriter writer, TRecord record, ActingUser user, string? reason, CancellationToken ct) =>
            writer.UpdateAsync(kind, kind.IdOf(record), record, kind.VersionOf(record), user, ct, reason);
    }
}
