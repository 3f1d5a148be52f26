namespace PluginCrm.ValueScoring.Purchases;

/// <summary>One day on which a customer bought: purchases of the same day count once, their amounts summed.</summary>
public sealed record PurchaseDay(DateOnly Date, decimal Amount);
