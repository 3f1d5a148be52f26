namespace PluginCrm.Host.Webhooks.Tables;

/// <summary>Where a delivery stands: waiting (first try or a retry), answered with a 2xx, or given up after the last retry.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
