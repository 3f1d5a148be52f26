namespace PluginCrm.Host.Kpis.Orders;

/// <summary>An order as the KPIs read it: its customer, that customer's owner and team now, when, and its total.</summary>
public sealed class PlacedOrder
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public long? OwnerId { get; init; }
    public long? TeamId { get; init; }
    public DateTime OrderedUtc { get; init; }
    public decimal Total { get; init; }
}
