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
    /// Of <paramref name="rows"/> (the orders of <paramref name="placed"/>, read), the ids of the orders that are their
    /// customer's first purchase ever: the earliest purchase in the period of a customer who bought nothing before it.
    /// </summary>
    public static async Task<HashSet<long>> FirstPurchasesAsync(CrmDbContext db, KpiQuery query, IQueryable<PlacedOrder> placed, IReadOnlyList<PlacedOrder> rows, CancellationToken ct)
    {
        var boughtBefore = await BoughtBeforeAsync(db, query, placed.Select(o => o.CustomerId), ct);
        return rows
            .Where(o => o.Total > 0 && !boughtBefore.Contains(o.CustomerId))
            .GroupBy(o => o.CustomerId)
            .Select(g => g.MinBy(o => (o.OrderedUtc, o.Id))!.Id)
            .ToHashSet();
    }

    // The customers of the period who had already bought before it: their first purchase is not in the period.
    private static async Task<HashSet<long>> BoughtBeforeAsync(CrmDbContext db, KpiQuery query, IQueryable<long> customerIds, CancellationToken ct)
    {
        if (query.FromUtc is not { } fromUtc)
            return [];
        var before = await db.Orders
            .Where(o => o.Total > 0 && o.OrderedUtc < fromUtc && customerIds.Contains(o.CustomerId))
            .Select(o => o.CustomerId)
            .Distinct()
            .ToListAsync(ct);
        return [.. before];
    }
}
