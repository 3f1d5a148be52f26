using System.Globalization;
using PluginCrm.Sdk.Modules;
using PluginCrm.Sdk.Records;

namespace PluginCrm.ValueScoring.OrderUpdates;

/// <summary>
/// When the module is switched back on: orders placed while it was off ran no <see cref="OrderCreatedStep"/>, so each
/// customer with an order dated since the day it was switched off is re-scored as that step would have, by the latest.
/// </summary>
public sealed class CatchUpOnEnable(ICrmRecords records, CustomerRescorer rescorer) : IModuleEnabledHandler
{
    public async Task OnEnabledAsync(ModuleEnabled enabled, CancellationToken cancellationToken)
    {
        var since = new Dictionary<string, string> { ["from"] = DateOnly.FromDateTime(enabled.DisabledSinceUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var latest = new Dictionary<long, OrderRecord>();
        await foreach (var order in records.QueryAsync<OrderRecord>(since, cancellationToken))
        {
            if (!latest.TryGetValue(order.CustomerId, out var seen) || order.OrderedUtc > seen.OrderedUtc)
                latest[order.CustomerId] = order;
        }
        foreach (var order in latest.Values)
            await rescorer.RescoreAsync(order.CustomerId, order.Id, DateOnly.FromDateTime(order.OrderedUtc), cancellationToken);
    }
}
