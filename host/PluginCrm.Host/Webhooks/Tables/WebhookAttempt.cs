namespace PluginCrm.Host.Webhooks.Tables;

/// <summary>One try at a delivery: the subscription's delivery log.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public long DeliveryId { get; set; }
    public int Number { get; set; }
    public DateTime AttemptedUtc { get; set; }

    /// <summary>The receiver's HTTP status; null when no answer came (refused, timed out, an address not allowed).</summary>
    public int? StatusCode { get; set; }
    public int DurationMs { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
}
