namespace PluginCrm.Host.Webhooks.Tables;

/// <summary>
/// One message for one subscription, written in the change's own transaction (so it cannot be lost) and sent at least
/// once, with back-off, by lease. Its <see cref="EventId"/> stays the same on every retry, for the receiver to drop
/// duplicates.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public required string EventId { get; set; }
    public required string Message { get; set; }

    /// <summary>The JSON sent, fixed when the change committed.</summary>
    public required string Body { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
}
