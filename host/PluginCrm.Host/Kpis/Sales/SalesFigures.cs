namespace PluginCrm.Host.Kpis.Sales;

/// <summary>
/// Closed deals of a period. <see cref="WinRate"/> = won ÷ (won + lost), null when nothing closed;
/// <see cref="Revenue"/> = the summed value of the won deals (a won deal without a value adds nothing).
/// Rates are exact decimals, not rounded; round them for display.
/// </summary>
public sealed record SalesFigures(int Won, int Lost, decimal? WinRate, decimal Revenue)
{
    public static SalesFigures Of(IReadOnlyList<ClosedDeals> closed)
    {
        var won = closed.Where(c => c.Won).Sum(c => c.Deals);
        var lost = closed.Where(c => !c.Won).Sum(c => c.Deals);
        return new SalesFigures(won, lost, won + lost == 0 ? null : (decimal)won / (won + lost), closed.Where(c => c.Won).Sum(c => c.Value));
    }
}
