namespace PluginCrm.Sdk.Records;

/// <summary>An order (or, with a negative total, a cancellation) by a customer.</summary>
/// <param name="Id">The id.</param>
/// <param name="Number">The order or invoice number; unique.</param>
/// <param name="CustomerId">The customer who ordered.</param>
/// <param name="OrderedUtc">When the order was placed.</param>
/// <param name="Total">The sum of the lines; negative for a cancellation.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
/// <param name="Lines">The order lines.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record OrderRecord(
    long Id, string Number, long CustomerId, DateTime OrderedUtc, decimal Total, string Currency, IReadOnlyList<OrderLineRecord> Lines,
    DateTime CreatedUtc, DateTime UpdatedUtc, long Version);

/// <summary>One line of an order.</summary>
/// <param name="ProductId">The product, when it is known to the CRM.</param>
/// <param name="Description">What was sold.</param>
/// <param name="Quantity">How many; negative on a cancellation.</param>
/// <param name="UnitPrice">The price of one.</param>
public sealed record OrderLineRecord(long? ProductId, string Description, decimal Quantity, decimal UnitPrice)
{
    /// <summary>Quantity times unit price.</summary>
    public decimal Amount => Quantity * UnitPrice;
}
