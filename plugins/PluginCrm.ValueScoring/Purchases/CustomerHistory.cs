namespace PluginCrm.ValueScoring.Purchases;

/// <summary>
/// A customer's purchase days in date order, and the net spend (cancellations, i.e. negative order totals,
/// subtract from the spend but are not purchases).
/// </summary>
public sealed record CustomerHistory(long CustomerId, IReadOnlyList<PurchaseDay> Days, decimal NetSpend)
{
    public DateOnly First => Days[0].Date;

    public DateOnly Last => Days[^1].Date;
}
