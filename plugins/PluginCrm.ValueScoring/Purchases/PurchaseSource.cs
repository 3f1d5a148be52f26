using System.Globalization;
using PluginCrm.Sdk.Records;

namespace PluginCrm.ValueScoring.Purchases;

/// <summary>
/// Reads the CRM's orders, whatever their source (API, CDNOW or Online Retail import), through the SDK's bulk purchase
/// read, and turns them into histories one customer at a time as they arrive: a run holds a history per customer, never
/// every order.
/// </summary>
public static class PurchaseSource
{
    /// <summary>Every customer's history as of <paramref name="asOf"/>, in customer id order; <paramref name="customerId"/> reads one customer's.</summary>
    public static async Task<List<CustomerHistory>> HistoriesAsync(ICrmPurchases purchases, DateOnly asOf, long? customerId, IProgress<string>? progress, CancellationToken ct)
    {
        var filters = new Dictionary<string, string> { ["to"] = asOf.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (customerId is { } id)
            filters["customerId"] = id.ToString(CultureInfo.InvariantCulture);
        var histories = new List<CustomerHistory>();
        var customer = new List<Order>();
        var read = 0;
        await foreach (var purchase in purchases.ReadAsync(filters, ct))
        {
            if (customer.Count > 0 && customer[0].CustomerId != purchase.CustomerId)
                Add(histories, customer, asOf);
            customer.Add(new Order(purchase.CustomerId, purchase.OrderedUtc, purchase.Total));
            if (++read % 100_000 == 0)
                progress?.Report($"read {read} orders");
        }
        Add(histories, customer, asOf);
        progress?.Report($"read {read} orders of {histories.Count} customers");
        return histories;
    }

    private static void Add(List<CustomerHistory> histories, List<Order> customer, DateOnly asOf)
    {
        if (customer.Count > 0 && PurchaseHistories.Of(customer[0].CustomerId, customer, asOf) is { } history)
            histories.Add(history);
        customer.Clear();
    }
}
