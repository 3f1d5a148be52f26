namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// What customers bought in a period. <see cref="Revenue"/> = the sum of every order total, so cancellations (negative
/// totals) reduce it. <see cref="Orders"/> counts purchases (positive totals) and <see cref="Cancellations"/> the
/// negative ones. <see cref="AverageOrderValue"/> = revenue ÷ purchases: a cancellation is not an order of its own
/// but takes value from the orders, so the average is what a purchase kept. <see cref="RepeatPurchaseRate"/> =
/// customers with 2 or more purchases ÷ customers with at least 1 (null when none bought). <see cref="NewCustomers"/>
/// made their first purchase ever in the period. Averages and rates are exact decimals, not rounded.
/// </summary>
public sealed record OrderFigures(
    decimal Revenue, int Orders, int Cancellations, decimal? AverageOrderValue,
    int Customers, int RepeatCustomers, decimal? RepeatPurchaseRate, int NewCustomers)
{
    /// <summary>The figures of a group's tallies (<see cref="OrderTally"/>, one per owner and team) and its new customers.</summary>
    public static OrderFigures Of(IReadOnlyCollection<OrderTally> tallies, int newCustomers)
    {
        var revenue = tallies.Sum(t => t.Revenue);
        var purchases = tallies.Sum(t => t.Purchases);
        var customers = tallies.Sum(t => t.Customers);
        var repeat = tallies.Sum(t => t.RepeatCustomers);
        return new OrderFigures(
            revenue, purchases, tallies.Sum(t => t.Cancellations), purchases == 0 ? null : revenue / purchases,
            customers, repeat, customers == 0 ? null : (decimal)repeat / customers, newCustomers);
    }
}
