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
        // Repeat purchases and first purchases need per-customer counts inside each bucket, so the orders are read as a
        // narrow projection and summed here, as decimals: exact, whatever the provider does with money columns.
        var rows = await placed.ToListAsync(ct);
        var firsts = await PlacedOrders.FirstPurchasesAsync(db, query, placed, rows, ct);
        var items = rows
            .Select(o => new OrderFact(o.Id, o.CustomerId, o.OwnerId, o.TeamId, DateOnly.FromDateTime(o.OrderedUtc), o.Total, firsts.Contains(o.Id)))
            .ToList();
        return await reports.BuildAsync(query, items, OrderFigures.Of, ct);
    }
}
