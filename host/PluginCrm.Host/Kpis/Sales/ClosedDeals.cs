namespace PluginCrm.Host.Kpis.Sales;

/// <summary>How many deals one rep of one team won (or lost) on one day, and their summed value.</summary>
public sealed record ClosedDeals(long? OwnerId, long? TeamId, DateOnly On, bool Won, int Deals, decimal Value) : IKpiItem;
