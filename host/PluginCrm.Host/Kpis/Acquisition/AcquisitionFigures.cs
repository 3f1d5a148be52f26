namespace PluginCrm.Host.Kpis.Acquisition;

/// <summary>
/// Acquisition cost (获客成本) of a period: <see cref="CostPerNewCustomer"/> = (marketing + sales spend in the period)
/// ÷ new customers in it (first purchase ever in the period), null when there is no new customer. The spend is null
/// where it is not defined: for a rep, and for a team or the company when the figures do not cover all of it (a rep's
/// view of its team, a report narrowed to one rep). Exact decimals, not rounded.
/// </summary>
public sealed record AcquisitionFigures(int NewCustomers, decimal? MarketingSpend, decimal? SalesSpend, decimal? Spend, decimal? CostPerNewCustomer)
{
    public static AcquisitionFigures Of(int newCustomers, AllocatedSpend? spend) => spend is null
        ? new AcquisitionFigures(newCustomers, null, null, null, null)
        : new AcquisitionFigures(newCustomers, spend.Marketing, spend.Sales, spend.Total, newCustomers == 0 ? null : spend.Total / newCustomers);
}
