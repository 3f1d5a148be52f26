namespace PluginCrm.ValueScoring.Clv;

/// <summary>The simple CLV and its three factors.</summary>
public sealed record SimpleClvResult(decimal AveragePurchase, decimal PurchasesPerPeriod, decimal LifespanPeriods, decimal Value);
