using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// Revenue, orders, average order value, repeat purchase rate and new customers, for the orders placed in the period
/// (by <c>OrderedUtc</c>). A caller counts the orders of the customers it owns (a manager: its team's; an admin:
/// all), not those a module merely shares with it, like the public pool. Per rep and team means per the
/// customer's owner and team.
/// </summary>
public sealed class OrderKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<OrderFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var owned = RecordRules.VisibleByOwner(db.Customers.IgnoreQueryFilters(), user).Select(c => c.Id);
        var orders = user.Role == PluginCrm.Sdk.Access.CrmRole.Admin ? db.Orders.AsQueryable() : db.Orders.Where(o => owned.Contains(o.CustomerId));
        if (query.FromUtc is { } fromUtc)
            orders = orders.Where(o => o.OrderedUtc >= fromUtc);
        if (query.ToUtc is { } toUtc)
            orders = orders.Where(o => o.OrderedUtc < toUtc);
        // A soft-deleted customer's orders stay visible on /api/orders, so they count here too, under its owner.
        var placed =
            from o in orders
            join c in db.Customers.IgnoreQueryFilters() on o.CustomerId equals c.Id into customers
            from c in customers.DefaultIfEmpty()
            select new { o.Id, o.CustomerId, OwnerId = c == null ? null : c.OwnerId, TeamId = c == null ? null : c.TeamId, o.OrderedUtc, o.Total };
        if (query.TeamId is { } team)
            placed = placed.Where(o => o.TeamId == team);
        if (query.OwnerId is { } owner)
            placed = placed.Where(o => o.OwnerId == owner);

        // Repeat purchases and first purchases need per-customer counts inside each bucket, so the orders are read as a
        // narrow projection and summed here, as decimals: exact, whatever the provider does with money columns.
        var rows = await placed.ToListAsync(ct);
        var boughtBefore = await BoughtBeforeAsync(query, placed.Select(o => o.CustomerId), ct);
        var firsts = rows
            .Where(o => o.Total > 0 && !boughtBefore.Contains(o.CustomerId))
            .GroupBy(o => o.CustomerId)
            .Select(g => g.MinBy(o => (o.OrderedUtc, o.Id))!.Id)
            .ToHashSet();
        var items = rows
            .Select(o => new OrderFact(o.Id, o.CustomerId, o.OwnerId, o.TeamId, DateOnly.FromDateTime(o.OrderedUtc), o.Total, firsts.Contains(o.Id)))
            .ToList();
        return await reports.BuildAsync(query, items, OrderFigures.Of, ct);
    }

    // The customers of the period who had already bought before it: their first purchase is not in the period.
    private async Task<HashSet<long>> BoughtBeforeAsync(KpiQuery query, IQueryable<long> customerIds, CancellationToken ct)
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
