namespace PluginCrm.ValueScoring.Data;

/// <summary>A customer's scores in one run, with the inputs they came from (so an explanation can be rebuilt).</summary>
public sealed class ScoreRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public long CustomerId { get; set; }
    /// <summary>The run's date, or a later one after an order updated the row.</summary>
    public DateOnly AsOf { get; set; }
    public DateOnly FirstPurchase { get; set; }
    public DateOnly LastPurchase { get; set; }
    public int RecencyDays { get; set; }
    public int Frequency { get; set; }
    public decimal Monetary { get; set; }
    public int R { get; set; }
    public int F { get; set; }
    public int M { get; set; }
    public required string Segment { get; set; }
    public required string AbcClass { get; set; }
    public decimal AbcShareBefore { get; set; }
    public decimal AveragePurchase { get; set; }
    public decimal PurchasesPerPeriod { get; set; }
    public decimal SimpleClv { get; set; }
    public int X { get; set; }
    public double Tx { get; set; }
    public double T { get; set; }
    public double Zbar { get; set; }
    public double? ExpectedPurchases { get; set; }
    public double? ProbabilityAlive { get; set; }
    public double? ExpectedSpend { get; set; }
    public decimal? Clv { get; set; }
    public bool Warning { get; set; }
    /// <summary>The churn signals as checked (JSON array of name, fired, detail).</summary>
    public required string SignalsJson { get; set; }
    /// <summary>The order that last updated this row without a full run, if any.</summary>
    public long? UpdatedByOrderId { get; set; }
}
