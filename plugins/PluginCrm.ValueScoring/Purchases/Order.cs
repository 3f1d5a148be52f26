namespace PluginCrm.ValueScoring.Purchases;

/// <summary>What scoring needs of an order: who, when (UTC), how much (negative for a cancellation).</summary>
public sealed record Order(long CustomerId, DateTime OrderedUtc, decimal Total);
