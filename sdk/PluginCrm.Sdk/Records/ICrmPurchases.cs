using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Records;

/// <summary>
/// The bulk read of orders for models over purchase histories (RFM, CLV, churn): each order as who bought, when and for
/// how much, without its lines, grouped by customer. Reading a million orders as <see cref="OrderRecord"/>s through
/// <see cref="ICrmRecords.QueryAsync{TRecord}(IReadOnlyDictionary{string, string}?, CancellationToken)"/> loads every
/// line and pages in id order; this reads three columns off an index.
/// </summary>
public interface ICrmPurchases
{
    /// <summary>
    /// Every order that is not deleted and passes <paramref name="filters"/> (those of <c>GET /api/orders</c>:
    /// <c>customerId</c>, <c>from</c>, <c>to</c>, <c>number</c>), ordered by customer id, then by time, then by order id.
    /// Streamed in pages, so a caller may use its scope's DbContexts between items and holds one page at a time. An
    /// unknown filter or a bad value throws <see cref="RecordValidationException"/>.
    /// </summary>
    IAsyncEnumerable<Purchase> ReadAsync(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken);

    /// <summary>As <see cref="ReadAsync(IReadOnlyDictionary{string, string}?, CancellationToken)"/>, limited to the orders <paramref name="user"/> may read.</summary>
    IAsyncEnumerable<Purchase> ReadAsync(IReadOnlyDictionary<string, string>? filters, ActingUser user, CancellationToken cancellationToken);
}

/// <summary>An order as <see cref="ICrmPurchases"/> reads it: its total is negative for a cancellation.</summary>
public sealed record Purchase(long OrderId, long CustomerId, DateTime OrderedUtc, decimal Total);
