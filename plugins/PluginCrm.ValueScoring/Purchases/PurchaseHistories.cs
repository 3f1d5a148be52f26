namespace PluginCrm.ValueScoring.Purchases;

/// <summary>Turns orders into per-customer purchase histories as of a date.</summary>
public static class PurchaseHistories
{
    /// <summary>
    /// Every customer with at least one purchase on or before <paramref name="asOf"/>. A purchase day is a UTC date
    /// with at least one order of zero or positive total (CDNOW has free purchases); its amount is the sum of those orders. Negative totals
    /// (cancellations) count against the net spend only.
    /// </summary>
    public static List<CustomerHistory> Build(IEnumerable<Order> orders, DateOnly asOf)
    {
        var histories = new List<CustomerHistory>();
        foreach (var customer in orders.Where(o => DateOnly.FromDateTime(o.OrderedUtc) <= asOf).GroupBy(o => o.CustomerId))
        {
            var days = customer.Where(o => o.Total >= 0)
                .GroupBy(o => DateOnly.FromDateTime(o.OrderedUtc))
                .Select(g => new PurchaseDay(g.Key, g.Sum(o => o.Total)))
                .OrderBy(d => d.Date)
                .ToList();
            if (days.Count > 0)
                histories.Add(new CustomerHistory(customer.Key, days, customer.Sum(o => o.Total)));
        }
        histories.Sort((x, y) => x.CustomerId.CompareTo(y.CustomerId));
        return histories;
    }
}
