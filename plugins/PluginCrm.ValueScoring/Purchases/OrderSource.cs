using PluginCrm.Sdk.Records;

namespace PluginCrm.ValueScoring.Purchases;

/// <summary>Reads the CRM's orders through the SDK, whatever their source (API, CDNOW or Online Retail import).</summary>
public static class OrderSource
{
    public static async Task<List<Order>> ReadAsync(ICrmRecords records, IReadOnlyDictionary<string, string>? filters, IProgress<string>? progress, CancellationToken ct)
    {
        var orders = new List<Order>();
        await foreach (var order in records.QueryAsync<OrderRecord>(filters, ct))
        {
            orders.Add(new Order(order.CustomerId, order.OrderedUtc, order.Total));
            if (orders.Count % 20_000 == 0)
                progress?.Report($"read {orders.Count} orders");
        }
        progress?.Report($"read {orders.Count} orders");
        return orders;
    }
}
