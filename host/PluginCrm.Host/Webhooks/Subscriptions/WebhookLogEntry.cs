namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>One attempt of the delivery log: which delivery and message, when, what the receiver answered and how fast.</summary>
public sealed record WebhookLogEntry(
    long DeliveryId, string EventId, string Message, int Attempt, DateTime AttemptedUtc, int? StatusCode, int DurationMs, bool Succeeded,
    string? Error, string DeliveryStatus);
