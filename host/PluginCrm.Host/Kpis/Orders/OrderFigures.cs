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
    public static OrderFigures Of(IReadOnlyList<OrderFact> orders)
    {
        var revenue = orders.Sum(o => o.Total);
        var purchases = orders.Count(o => o.IsPurchase);
        var perCustomer = orders.Where(o => o.IsPurchase).CountBy(o => o.CustomerId).ToList();
        var repeat = perCustomer.Count(c => c.Value >= 2);
        return new OrderFigures(
            revenue, purchases, orders.Count(o => o.Total < 0), purchases == 0 ? null : revenue / purchases,
            perCustomer.Count, repeat, perCustomer.Count == 0 ? null : (decimal)repeat / perCustomer.Count,
            orders.Where(o => o.FirstPurchase).Select(o => o.CustomerId).Distinct().Count());
    }
}
