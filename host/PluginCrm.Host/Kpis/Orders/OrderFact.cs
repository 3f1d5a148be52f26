namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// One order of the period, placed by its customer's owner and team. <see cref="FirstPurchase"/> marks the
/// customer's first purchase ever, which makes it a new customer of whichever bucket holds this order.
/// </summary>
public sealed record OrderFact(long Id, long CustomerId, long? OwnerId, long? TeamId, DateOnly On, decimal Total, bool FirstPurchase) : IKpiItem
{
    /// <summary>A purchase has a positive total; a cancellation a negative one; a zero total is neither.</summary>
    public bool IsPurchase => Total > 0;
}
