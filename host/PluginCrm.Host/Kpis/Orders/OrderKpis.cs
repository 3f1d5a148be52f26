using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// Revenue, orders, average order value, repeat purchase rate and new customers, for the orders placed in the period
/// (<see cref="PlacedOrders.Of"/>). A caller counts the orders of the customers it owns (a manager: its team's; an
/// admin: all), not those a module merely shares with it, like the public pool. Per rep and team means per the
/// customer's owner and team.
/// </summary>
public sealed class OrderKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<OrderFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var placed = PlacedOrders.Of(db, user, query);
        var days = await OpenEndsAsync(query, placed, ct);
        var newCustomers = await PlacedOrders.NewCustomersAsync(db, user, query, ct);
        // The database sums the period, and the buckets of a series together, per owner and team; the money comes back as
        // the exact sum of the stored ten-thousandths (MoneyConverter), and only the few rows per window are added up here.
        var buckets = Buckets.Windows(query, days);
        var tallies = buckets.Count == 0 ? [] : await OrderTally.OfAsync(placed, buckets, ct);
        var period = tallies[query.Window] = (await OrderTally.OfAsync(placed, [query.Window], ct))[query.Window];
        return await reports.BuildAsync(query, period.Select(t => t.OwnerId), period.Select(t => t.TeamId),
            (group, window) => OrderFigures.Of(tallies[window].Where(group.Holds).ToList(), newCustomers.Count(c => group.Holds(c) && window.Contains(c.On))),
            days, ct);
    }

    // A series over a period with an open end runs from the first to the last day with an order (Buckets.Of).
    private static async Task<DateOnly[]> OpenEndsAsync(KpiQuery query, IQueryable<PlacedOrder> placed, CancellationToken ct)
    {
        if (query.By is null || query is { From: not null, To: not null })
            return [];
        var first = await placed.MinAsync(o => (DateTime?)o.OrderedUtc, ct);
        var last = await placed.MaxAsync(o => (DateTime?)o.OrderedUtc, ct);
        return first is { } f && last is { } l ? [DateOnly.FromDateTime(f), DateOnly.FromDateTime(l)] : [];
    }
}
