using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// The orders of one window summed in SQL per owner and team (the customer's, now): revenue, purchases and
/// cancellations, and the customers who bought, once or more than once. A customer has one owner and one team, so
/// the customer counts of these rows add up to any rep's, any team's and the whole report's.
/// </summary>
public sealed record OrderTally(long? OwnerId, long? TeamId, decimal Revenue, int Purchases, int Cancellations, int Customers, int RepeatCustomers)
    : IKpiSubject
{
    public static Task<List<OrderTally>> OfAsync(IQueryable<PlacedOrder> placed, KpiWindow window, CancellationToken ct)
    {
        if (window.FromUtc is { } fromUtc)
            placed = placed.Where(o => o.OrderedUtc >= fromUtc);
        if (window.ToUtc is { } toUtc)
            placed = placed.Where(o => o.OrderedUtc < toUtc);
        // Per customer first (how many purchases each made), then per owner and team: two GROUP BYs, a few rows back.
        return placed
            .GroupBy(o => new { o.CustomerId, o.OwnerId, o.TeamId })
            .Select(g => new
            {
                g.Key.OwnerId, g.Key.TeamId, Revenue = g.Sum(o => o.Total),
                Purchases = g.Count(o => o.Total > 0), Cancellations = g.Count(o => o.Total < 0),
            })
            .GroupBy(c => new { c.OwnerId, c.TeamId })
            .Select(g => new OrderTally(g.Key.OwnerId, g.Key.TeamId, g.Sum(c => c.Revenue), g.Sum(c => c.Purchases), g.Sum(c => c.Cancellations),
                g.Count(c => c.Purchases > 0), g.Count(c => c.Purchases >= 2)))
            .ToListAsync(ct);
    }
}
