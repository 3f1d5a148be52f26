using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Api;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.ForPlugins;

/// <summary>
/// The SDK's <see cref="ICrmPurchases"/>: the orders a user may read (<see cref="RecordReader.VisibleRows"/>), three columns
/// each, in keyset pages over (customer, time, id), which the orders' (CustomerId, OrderedUtc, Total, DeletedUtc) index serves in order and alone.
/// </summary>
public sealed class PluginPurchases(RecordReader reader, IOptions<RecordsOptions> options) : ICrmPurchases
{
    public IAsyncEnumerable<Purchase> ReadAsync(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken) =>
        ReadAsync(filters, ActingUser.System, cancellationToken);

    public async IAsyncEnumerable<Purchase> ReadAsync(IReadOnlyDictionary<string, string>? filters, ActingUser user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IQueryable<Order> rows;
        try
        {
            rows = reader.VisibleRows(CoreRecords.Orders, filters ?? new Dictionary<string, string>(), user);
        }
        catch (InputException ex)
        {
            throw new RecordValidationException(ex.Errors);
        }
        var pageSize = options.Value.PurchasePageSize;
        Purchase? last = null;
        while (true)
        {
            var page = await After(rows, last)
                .OrderBy(o => o.CustomerId).ThenBy(o => o.OrderedUtc).ThenBy(o => o.Id)
                .Select(o => new Purchase(o.Id, o.CustomerId, o.OrderedUtc, o.Total))
                .Take(pageSize).ToListAsync(cancellationToken);
            foreach (var purchase in page)
                yield return purchase;
            if (page.Count < pageSize)
                yield break;
            last = page[^1];
        }
    }

    // The next page starts after the last purchase given. The first test is a range on the index's leading column; the
    // rest passes over the last customer's purchases up to and including the last one (ties in time go by id).
    private static IQueryable<Order> After(IQueryable<Order> rows, Purchase? last)
    {
        if (last is null)
            return rows;
        var (customer, time, id) = (last.CustomerId, last.OrderedUtc, last.OrderId);
        return rows.Where(o => o.CustomerId >= customer && (o.CustomerId > customer || o.OrderedUtc > time || (o.OrderedUtc == time && o.Id > id)));
    }
}
