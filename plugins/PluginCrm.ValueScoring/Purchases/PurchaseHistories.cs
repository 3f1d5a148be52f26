namespace PluginCrm.ValueScoring.Purchases;

/// <summary>Turns orders into per-customer purchase histories as of a date.</summary>
public static class PurchaseHistories
{
    /// <summary>
    /// Every customer with at least one purchase on or before <paramref name="asOf"/>, in customer id order (see
    /// <see cref="Of"/>).
    /// </summary>
    public static List<CustomerHistory> Build(IEnumerable<Order> orders, DateOnly asOf)
    {
        var histories = new List<CustomerHistory>();
        foreach (var customer in orders.GroupBy(o => o.CustomerId))
        {
            if (Of(customer.Key, customer, asOf) is { } history)
                histories.Add(history);
        }
        histories.Sort((x, y) => x.CustomerId.CompareTo(y.CustomerId));
        return histories;
    }

    /// <summary>
    /// One customer's history as of <paramref name="asOf"/> from its orders, or null without a purchase by then. A purchase
    /// day is a UTC date with at least one order of zero or positive total (CDNOW has free purchases); its amount is the sum
    /// of those orders. Negative totals (cancellations) count against the net spend only.
    /// </summary>
    public static CustomerHistory? Of(long customerId, IEnumerable<Order> orders, DateOnly asOf)
    {
        var until = orders.Where(o => DateOnly.FromDateTime(o.OrderedUtc) <= asOf).ToList();
        var days = until.Where(o => o.Total >= 0)
            .GroupBy(o => DateOnly.FromDateTime(o.OrderedUtc))
            .Select(g => new PurchaseDay(g.Key, g.Sum(o => o.Total)))
            .OrderBy(d => d.Date)
            .ToList();
        return days.Count > 0 ? new CustomerHistory(customerId, days, until.Sum(o => o.Total)) : null;
    }
}
