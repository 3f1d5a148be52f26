namespace PluginCrm.Host.Webhooks.Tables;

/// <summary>
/// An admin's subscription: a URL told of some messages (those whose record passes <see cref="Filter"/>). Its secret
/// signs every delivery, so it is kept as it is (a hash could not sign); it is shown once, when created.
/// </summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    public required string Url { get; set; }
    public string? Description { get; set; }

    /// <summary>The messages, comma-separated (<c>customer.create,order.create</c>).</summary>
    public required string Messages { get; set; }

    /// <summary>A rule over <c>record</c>, <c>before</c> and <c>message</c>, e.g. <c>record.total &gt; 1000</c>; null takes every one.</summary>
    public string? Filter { get; set; }
    public required string Secret { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? PausedUtc { get; set; }
    public string? PausedReason { get; set; }

    /// <summary>Failed attempts since the last success: at <see cref="WebhookOptions.PauseAfterFailures"/> the subscription is paused.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
}
