using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Webhooks;

/// <summary>The <c>Webhooks</c> section of the configuration.</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Whether subscriptions may point at loopback and private addresses (127.0.0.0/8, 10/8, 192.168/16, ...). Off by
    /// default, so a subscription cannot reach the host's own network; set by whoever runs the host, not through the API.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Failed attempts in a row (across deliveries) after which a subscription is paused and the admins told.</summary>
    [Range(1, 1000)]
    public int PauseAfterFailures { get; set; } = 15;

    /// <summary>How long a receiver has to answer.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many deliveries are sent at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 8;
}
