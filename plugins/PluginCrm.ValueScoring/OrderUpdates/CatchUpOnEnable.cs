using System.Globalization;
using PluginCrm.Sdk.Modules;
using PluginCrm.Sdk.Records;

namespace PluginCrm.ValueScoring.OrderUpdates;

/// <summary>
/// When the module is switched back on: orders placed while it was off ran no <see cref="OrderCreatedStep"/>, so each
/// customer with an order dated since the day it was switched off is re-scored as that step would have, by the latest.
/// </summary>
public sealed class CatchUpOnEnable(ICrmPurchases purchases, CustomerRescorer rescorer) : IModuleEnabledHandler
{
    public async Task OnEnabledAsync(ModuleEnabled enabled, CancellationToken cancellationToken)
    {
        var since = new Dictionary<string, string> { ["from"] = DateOnly.FromDateTime(enabled.DisabledSinceUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var latest = new Dictionary<long, Purchase>();
        // In customer, then time order: a customer's last purchase read is its latest.
        await foreach (var purchase in purchases.ReadAsync(since, cancellationToken))
            latest[purchase.CustomerId] = purchase;
        foreach (var purchase in latest.Values)
            await rescorer.RescoreAsync(purchase.CustomerId, purchase.OrderId, DateOnly.FromDateTime(purchase.OrderedUtc), cancellationToken);
    }
}
