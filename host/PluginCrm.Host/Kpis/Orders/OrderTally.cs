using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// The orders of one window summed in SQL per owner and team (the customer's, now): revenue, purchases and
/// cancellations, and the customers who bought, once or more than once. A customer has one owner and one team, so
/// the customer counts of these rows add up to any rep's, any team's and the whole report's.
/// </summary>
public sealed record OrderTally(long? OwnerId, long? TeamId, decimal Revenue, int Purchases, int Cancellations, int Customers, int RepeatCustomers)
    : IKpiSubject
{
    /// <summary>More windows than this would make the <c>CASE</c> that numbers them too long to be cheap: they go one query each.</summary>
    public const int MaxWindowsPerQuery = 64;

    /// <summary>
    /// Each window's tallies; <paramref name="windows"/> follow each other (a period alone, or a series' buckets). Up to
    /// <see cref="MaxWindowsPerQuery"/> go in one query: each order is numbered with its window in SQL (a <c>CASE</c> over
    /// the windows' ends), and the orders are summed per customer and window, then per owner, team and window. One pass over
    /// the period's orders instead of one query per bucket, which for a rep (whose orders are found customer by customer)
    /// or a year by month is most of a report's time.
    /// </summary>
    public static async Task<Dictionary<KpiWindow, List<OrderTally>>> OfAsync(IQueryable<PlacedOrder> placed, IReadOnlyList<KpiWindow> windows, CancellationToken ct)
    {
        if (windows.Count <= MaxWindowsPerQuery)
            return await InOneQueryAsync(placed, windows, ct);
        var tallies = new Dictionary<KpiWindow, List<OrderTally>>();
        foreach (var window in windows)
            tallies[window] = (await InOneQueryAsync(placed, [window], ct))[window];
        return tallies;
    }

    private static async Task<Dictionary<KpiWindow, List<OrderTally>>> InOneQueryAsync(IQueryable<PlacedOrder> placed, IReadOnlyList<KpiWindow> windows, CancellationToken ct)
    {
        if (windows[0].FromUtc is { } fromUtc)
            placed = placed.Where(o => o.OrderedUtc >= fromUtc);
        if (windows[^1].ToUtc is { } toUtc)
            placed = placed.Where(o => o.OrderedUtc < toUtc);
        // Per customer first (how many purchases each made), then per owner and team: two GROUP BYs, a few rows back.
        var rows = await placed.Select(Numbered(windows))
            .GroupBy(o => new { o.CustomerId, o.OwnerId, o.TeamId, o.Window })
            .Select(g => new
            {
                g.Key.OwnerId, g.Key.TeamId, g.Key.Window, Revenue = g.Sum(o => o.Total),
                Purchases = g.Count(o => o.Total > 0), Cancellations = g.Count(o => o.Total < 0),
            })
            .GroupBy(c => new { c.OwnerId, c.TeamId, c.Window })
            .Select(g => new
            {
                g.Key.Window,
                Tally = new OrderTally(g.Key.OwnerId, g.Key.TeamId, g.Sum(c => c.Revenue), g.Sum(c => c.Purchases), g.Sum(c => c.Cancellations),
                    g.Count(c => c.Purchases > 0), g.Count(c => c.Purchases >= 2)),
            })
            .ToListAsync(ct);
        var byWindow = rows.ToLookup(r => r.Window, r => r.Tally);
        return windows.Select((window, i) => (window, Tallies: byWindow[i].ToList())).ToDictionary(w => w.window, w => w.Tallies);
    }

    /// <summary>An order with the number of the window it falls in.</summary>
    public sealed class NumberedOrder
    {
        public long CustomerId { get; init; }
        public long? OwnerId { get; init; }
        public long? TeamId { get; init; }
        public decimal Total { get; init; }
        public int Window { get; init; }
    }

    // o => new NumberedOrder { ..., Window = o.OrderedUtc < end0 ? 0 : o.OrderedUtc < end1 ? 1 : ... : last }, the ends as
    // parameters: one query per number of windows.
    private static Expression<Func<PlacedOrder, NumberedOrder>> Numbered(IReadOnlyList<KpiWindow> windows)
    {
        var order = Expression.Parameter(typeof(PlacedOrder), "o");
        var when = Expression.Property(order, nameof(PlacedOrder.OrderedUtc));
        Expression number = Expression.Constant(windows.Count - 1);
        for (var i = windows.Count - 2; i >= 0; i--)
            number = Expression.Condition(Expression.LessThan(when, QueryParameter.Of(windows[i].ToUtc!.Value)), Expression.Constant(i), number);
        MemberAssignment Copy(string name) => Expression.Bind(typeof(NumberedOrder).GetProperty(name)!, Expression.Property(order, name));
        return Expression.Lambda<Func<PlacedOrder, NumberedOrder>>(
            Expression.MemberInit(Expression.New(typeof(NumberedOrder)),
                Copy(nameof(NumberedOrder.CustomerId)), Copy(nameof(NumberedOrder.OwnerId)), Copy(nameof(NumberedOrder.TeamId)), Copy(nameof(NumberedOrder.Total)),
                Expression.Bind(typeof(NumberedOrder).GetProperty(nameof(NumberedOrder.Window))!, number)),
            order);
    }
}
