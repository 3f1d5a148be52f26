namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>A new subscription with its signing secret: shown here and nowhere else.</summary>
public sealed record CreatedWebhook(string Secret, WebhookView Webhook);
