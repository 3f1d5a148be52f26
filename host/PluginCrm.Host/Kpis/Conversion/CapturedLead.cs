namespace PluginCrm.Host.Kpis.Conversion;

/// <summary>A lead captured on <see cref="On"/> (its creation day), by its owner and team, and whether it became a customer.</summary>
public sealed record CapturedLead(long? OwnerId, long? TeamId, DateOnly On, bool Converted) : IKpiItem;
