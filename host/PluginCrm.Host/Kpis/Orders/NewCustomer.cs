namespace PluginCrm.Host.Kpis.Orders;

/// <summary>A customer whose first purchase ever was on <see cref="On"/>, by its owner and team now.</summary>
public sealed record NewCustomer(long CustomerId, long? OwnerId, long? TeamId, DateOnly On) : IKpiItem;
