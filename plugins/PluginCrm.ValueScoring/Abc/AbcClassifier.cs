namespace PluginCrm.ValueScoring.Abc;

/// <summary>
/// ABC classes by cumulative share of value: customers ranked by value, highest first (ties by id); a customer is
/// A while the share of total value held by those ranked before it is below the A threshold (so the customer
/// that crosses 80% is still A), B while below the B threshold, C after. Customers with no positive value are C.
/// </summary>
public static class AbcClassifier
{
    public static Dictionary<long, AbcClass> Classify(IEnumerable<(long CustomerId, decimal Value)> values, decimal thresholdAPercent, decimal thresholdBPercent)
    {
        var ranked = values.OrderByDescending(v => v.Value).ThenBy(v => v.CustomerId).ToList();
        var total = ranked.Where(v => v.Value > 0).Sum(v => v.Value);
        var classes = new Dictionary<long, AbcClass>();
        decimal before = 0;
        foreach (var (customer, value) in ranked)
        {
            var shareBefore = total > 0 ? before / total * 100 : 100;
            var name = value <= 0 ? "C" : shareBefore < thresholdAPercent ? "A" : shareBefore < thresholdBPercent ? "B" : "C";
            classes[customer] = new AbcClass(name, shareBefore, value);
            if (value > 0)
                before += value;
        }
        return classes;
    }
}
