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
        var placed =
            from o in OrdersOf(db, user, query)
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

    // The period's orders of the customers the user owns, before their owner and team are looked up.
    private static IQueryable<Order> OrdersOf(CrmDbContext db, ActingUser user, KpiQuery query)
    {
        var owned = RecordRules.VisibleByOwner(db.Customers.IgnoreQueryFilters(), user).Select(c => c.Id);
        var live = LiveOrders(db);
        var orders = user.Role == CrmRole.Admin ? live : live.Where(o => owned.Contains(o.CustomerId));
        if (query.FromUtc is { } fromUtc)
            orders = orders.Where(o => o.OrderedUtc >= fromUtc);
        if (query.ToUtc is { } toUtc)
            orders = orders.Where(o => o.OrderedUtc < toUtc);
        return orders;
    }

    // Deleted orders do not count. Written out, not left to the model's filter: the customers are read with their deleted
    // ones, and EF applies IgnoreQueryFilters to the whole query.
    private static IQueryable<Order> LiveOrders(CrmDbContext db) => db.Orders.Where(o => o.DeletedUtc == null);

    /// <summary>
    /// The customers of <see cref="Of"/> whose first purchase ever (a positive total) is in the period: they bought in it
    /// and nothing before it. Grouped in SQL per customer before anything else, so that only the few new customers are
    /// looked up for their owner and team, not every order of the period; a month of a million customers' orders comes
    /// back as its few hundred new customers, each with the day of its first purchase.
    /// </summary>
    public static async Task<List<NewCustomer>> NewCustomersAsync(CrmDbContext db, ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var firsts = OrdersOf(db, user, query).Where(o => o.Total > 0)
            .GroupBy(o => o.CustomerId)
            .Select(g => new { CustomerId = g.Key, FirstUtc = g.Min(o => o.OrderedUtc) });
        var orders = LiveOrders(db);
        if (query.FromUtc is { } fromUtc)
            firsts = firsts.Where(f => !orders.Any(before => before.CustomerId == f.CustomerId && before.Total > 0 && before.OrderedUtc < fromUtc));
        var found =
            from f in firsts
            join c in db.Customers.IgnoreQueryFilters() on f.CustomerId equals c.Id into customers
            from c in customers.DefaultIfEmpty()
            select new { f.CustomerId, OwnerId = c == null ? null : c.OwnerId, TeamId = c == null ? null : c.TeamId, f.FirstUtc };
        if (query.TeamId is { } team)
            found = found.Where(f => f.TeamId == team);
        if (query.OwnerId is { } owner)
            found = found.Where(f => f.OwnerId == owner);
        return (await found.ToListAsync(ct)).Select(f => new NewCustomer(f.CustomerId, f.OwnerId, f.TeamId, DateOnly.FromDateTime(f.FirstUtc))).ToList();
    }
}
