using System.Globalization;
using System.Runtime.CompilerServices;
using PluginCrm.CustomerCare.Sending;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.CustomerCare.FollowUps;

/// <summary>
/// Follows up each order <see cref="CustomerCareSettings.FollowUpDays"/> days after it was placed: occasion
/// <c>order-follow-up:ORDERID</c>. A job rather than a step on <c>order.create</c>, because a message cannot be queued
/// for later, and a scan also catches up after days the host was down. It looks back <see cref="CatchUpDays"/> days,
/// no further, so importing old orders sends nothing. Cancellations (negative totals) are not followed up.
/// </summary>
public sealed class OrderFollowUpJob(ICrmRecords records, CareSender sender, ISettings<CustomerCareSettings> settings) : IScheduledJob
{
    public const int CatchUpDays = 7;

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        if (current.FollowUpTemplate.Length == 0)
            return;
        var placedBy = DateOnly.FromDateTime(run.StartedUtc.UtcDateTime).AddDays(-current.FollowUpDays); // placed that day or before
        await sender.SendAsync("Order follow-ups", current.FollowUpTemplate, Due(placedBy, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<CareMessage> Due(DateOnly placedBy, [EnumeratorCancellation] CancellationToken ct)
    {
        var filters = new Dictionary<string, string>
        {
            ["from"] = placedBy.AddDays(-CatchUpDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = placedBy.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        await foreach (var order in records.QueryAsync<OrderRecord>(filters, ct))
        {
            if (order.Total > 0)
                yield return new CareMessage(order.CustomerId, $"order-follow-up:{order.Id}", new Dictionary<string, object?> { ["order"] = order });
        }
    }
}
