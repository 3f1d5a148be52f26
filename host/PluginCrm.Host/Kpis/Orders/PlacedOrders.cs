using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// The orders a KPI counts and the first purchases among them, shared by the orders KPI and acquisition cost so that
/// "new customer" means one thing: a customer whose first purchase ever (positive total) is in the period.
/// </summary>
public static class PlacedOrders
{
    /// <summary>
    /// The orders placed in the period (by <c>OrderedUtc</c>) of the customers <paramref name="user"/> owns (a manager:
    /// its team's; an admin: all), not those a module merely shares with it, narrowed to the customer's team or owner.
    /// A soft-deleted customer's orders stay visible on <c>/api/orders</c>, so they count too, under its owner.
    /// </summary>
    public static IQueryable<PlacedOrder> Of(CrmDbContext db, ActingUser user, KpiQuery query)
    {
        var owned = RecordRules.VisibleByOwner(db.Customers.IgnoreQueryFilters(), user).Select(c => c.Id);
        var orders = user.Role == CrmRole.Admin ? db.Orders.AsQueryable() : db.Orders.Where(o => owned.Contains(o.CustomerId));
        if (query.FromUtc is { } fromUtc)
            orders = orders.Where(o => o.OrderedUtc >= fromUtc);
        if (query.ToUtc is { } toUtc)
            orders = orders.Where(o => o.OrderedUtc < toUtc);
        var placed =
            from o in orders
            join c in db.Customers.IgnoreQueryFilters() on o.CustomerId equals c.Id into customers
            from c in customers.DefaultIfEmpty()
            select new PlacedOrder
            {
                Id = o.Id, CustomerId = o.CustomerId, OwnerId = c == null ? null : c.OwnerId, TeamId = c == null ? null : c.TeamId,
                OrderedUtc = o.OrderedUtc, Total = o.Total,
            };
        if (query.TeamId is { } team)
            placed = placed.Where(o => o.TeamId == team);
        if (query.OwnerId is { } owner)
            placed = placed.Where(o => o.OwnerId == owner);
        return placed;
    }

    /// <summary>
    /// The customers whose first purchase ever (a positive total) is among <paramref name="placed"/>: they bought in
    /// the period and nothing before it. Grouped in SQL, so a month of a million customers' orders comes back as its
    /// few thousand new customers, each with the day of its first purchase.
    /// </summary>
    public static async Task<List<NewCustomer>> NewCustomersAsync(CrmDbContext db, KpiQuery query, IQueryable<PlacedOrder> placed, CancellationToken ct)
    {
        var purchases = placed.Where(o => o.Total > 0);
        var orders = db.Orders;
        if (query.FromUtc is { } fromUtc)
            purchases = purchases.Where(o => !orders.Any(before => before.CustomerId == o.CustomerId && before.Total > 0 && before.OrderedUtc < fromUtc));
        var firsts = await purchases
            .GroupBy(o => new { o.CustomerId, o.OwnerId, o.TeamId })
            .Select(g => new { g.Key.CustomerId, g.Key.OwnerId, g.Key.TeamId, FirstUtc = g.Min(o => o.OrderedUtc) })
            .ToListAsync(ct);
        return firsts.Select(f => new NewCustomer(f.CustomerId, f.OwnerId, f.TeamId, DateOnly.FromDateTime(f.FirstUtc))).ToList();
    }
}
