using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.CustomerCare.Sending;

/// <summary>One care message to one customer on one occasion, optionally not before a time.</summary>
public sealed record CareMessage(long CustomerId, string Occasion, IReadOnlyDictionary<string, object?> Model, DateTime? NotBeforeUtc = null);

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
            var outcome = await QueueAsync(what, templateKey, message, ct);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome == TemplateError)
                return outcomes;
        }
        logger.LogInformation("{What} with template {TemplateKey}: {Outcomes}", what, templateKey,
            outcomes.Count == 0 ? "none due" : string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}")));
        return outcomes;
    }

    /// <summary>Queues one message; returns <c>queued</c>, the reason it was not (e.g. <c>no-consent</c>), or <see cref="TemplateError"/>.</summary>
    public async Task<string> QueueAsync(string what, string templateKey, CareMessage message, CancellationToken ct)
    {
        NotificationResult result;
        try
        {
            result = await notifications.QueueAsync(new Notification(templateKey, NotificationRecipient.Customer(message.CustomerId), message.Model, message.Occasion)
                { NotBeforeUtc = message.NotBeforeUtc }, ct);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogError("{What} not sent: {Problem}", what, ex.Message);
            return TemplateError;
        }
        return result.Queued ? "queued" : result.Reason ?? "not-queued";
    }

    public const string TemplateError = "template-error";
}
