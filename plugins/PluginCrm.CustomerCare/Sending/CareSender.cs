using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.CustomerCare.Sending;

/// <summary>One care message to one customer on one occasion.</summary>
public sealed record CareMessage(long CustomerId, string Occasion, IReadOnlyDictionary<string, object?> Model);

/// <summary>
/// Queues care messages and logs what became of them (queued, already sent, no consent, ...). A template an admin has
/// not created (or that fails) stops the run with one logged error instead of failing the job every hour.
/// </summary>
public sealed class CareSender(INotifications notifications, ILogger<CareSender> logger)
{
    public async Task<IReadOnlyDictionary<string, int>> SendAsync(string what, string templateKey, IAsyncEnumerable<CareMessage> messages, CancellationToken ct)
    {
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var message in messages.WithCancellation(ct))
        {
            NotificationResult result;
            try
            {
                result = await notifications.QueueAsync(new Notification(templateKey, NotificationRecipient.Customer(message.CustomerId), message.Model, message.Occasion), ct);
            }
            catch (InvalidOperationException ex)
            {
                logger.LogError("{What} not sent: {Problem}", what, ex.Message);
                outcomes["template-error"] = 1;
                return outcomes;
            }
            var outcome = result.Queued ? "queued" : result.Reason ?? "not-queued";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        logger.LogInformation("{What} with template {TemplateKey}: {Outcomes}", what, templateKey,
            outcomes.Count == 0 ? "none due" : string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}")));
        return outcomes;
    }
}
