using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Kpis.Orders;

/// <summary>
/// The orders of a series' buckets tallied in one query: each order is given its bucket's number in SQL (a <c>CASE</c> over
/// the buckets' ends), and the orders are summed per customer and bucket, then per owner, team and bucket. One pass over
/// the period's orders instead of one query per bucket, which for a rep (whose orders are found customer by customer)
/// or a year by month is most of a report's time. A series of more than <see cref="MaxBuckets"/> buckets (days over
/// months) would make the <c>CASE</c> too long to be cheap: it is tallied bucket by bucket.
/// </summary>
public static class BucketedOrders
{
    public const int MaxBuckets = 64;

    /// <summary>Each bucket's tallies (<see cref="OrderTally"/>); <paramref name="buckets"/> follow each other, as a series' do.</summary>
    public static async Task<Dictionary<KpiWindow, List<OrderTally>>> TallyAsync(IQueryable<PlacedOrder> placed, IReadOnlyList<KpiWindow> buckets, CancellationToken ct)
    {
        var tallies = new Dictionary<KpiWindow, List<OrderTally>>();
        if (buckets.Count > MaxBuckets)
        {
            foreach (var bucket in buckets)
                tallies[bucket] = await OrderTally.OfAsync(placed, bucket, ct);
            return tallies;
        }
        if (buckets[0].FromUtc is { } fromUtc)
            placed = placed.Where(o => o.OrderedUtc >= fromUtc);
        if (buckets[^1].ToUtc is { } toUtc)
            placed = placed.Where(o => o.OrderedUtc < toUtc);
        var rows = await placed.Select(Numbered(buckets))
            .GroupBy(o => new { o.CustomerId, o.OwnerId, o.TeamId, o.Bucket })
            .Select(g => new
            {
                g.Key.OwnerId, g.Key.TeamId, g.Key.Bucket, Revenue = g.Sum(o => o.Total),
                Purchases = g.Count(o => o.Total > 0), Cancellations = g.Count(o => o.Total < 0),
            })
            .GroupBy(c => new { c.OwnerId, c.TeamId, c.Bucket })
            .Select(g => new
            {
                g.Key.Bucket,
                Tally = new OrderTally(g.Key.OwnerId, g.Key.TeamId, g.Sum(c => c.Revenue), g.Sum(c => c.Purchases), g.Sum(c => c.Cancellations),
                    g.Count(c => c.Purchases > 0), g.Count(c => c.Purchases >= 2)),
            })
            .ToListAsync(ct);
        var byBucket = rows.ToLookup(r => r.Bucket, r => r.Tally);
        for (var i = 0; i < buckets.Count; i++)
            tallies[buckets[i]] = [.. byBucket[i]];
        return tallies;
    }

    /// <summary>An order with the number of the bucket it falls in.</summary>
    public sealed class NumberedOrder
    {
        public long CustomerId { get; init; }
        public long? OwnerId { get; init; }
        public long? TeamId { get; init; }
        public decimal Total { get; init; }
        public int Bucket { get; init; }
    }

    // o => new NumberedOrder { ..., Bucket = o.OrderedUtc < end0 ? 0 : o.OrderedUtc < end1 ? 1 : ... : last }
    private static Expression<Func<PlacedOrder, NumberedOrder>> Numbered(IReadOnlyList<KpiWindow> buckets)
    {
        var order = Expression.Parameter(typeof(PlacedOrder), "o");
        var when = Expression.Property(order, nameof(PlacedOrder.OrderedUtc));
        Expression bucket = Expression.Constant(buckets.Count - 1);
        for (var i = buckets.Count - 2; i >= 0; i--)
            bucket = Expression.Condition(Expression.LessThan(when, Expression.Constant(buckets[i].ToUtc!.Value)), Expression.Constant(i), bucket);
        MemberAssignment Copy(string name) => Expression.Bind(typeof(NumberedOrder).GetProperty(name)!, Expression.Property(order, name));
        return Expression.Lambda<Func<PlacedOrder, NumberedOrder>>(
            Expression.MemberInit(Expression.New(typeof(NumberedOrder)),
                Copy(nameof(NumberedOrder.CustomerId)), Copy(nameof(NumberedOrder.OwnerId)), Copy(nameof(NumberedOrder.TeamId)), Copy(nameof(NumberedOrder.Total)),
                Expression.Bind(typeof(NumberedOrder).GetProperty(nameof(NumberedOrder.Bucket))!, bucket)),
            order);
    }
}
