using PluginCrm.Host.Webhooks.Tables;

namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>A subscription as the API shows it: never its secret, which is shown once, when created.</summary>
public sealed record WebhookView(
    long Id, string Url, string? Description, IReadOnlyList<string> Messages, string? Filter, bool Paused, DateTime? PausedUtc,
    string? PausedReason, int ConsecutiveFailures, DateTime? LastSuccessUtc, DateTime CreatedUtc)
{
    public static WebhookView Of(WebhookSubscription s) => new(
        s.Id, s.Url, s.Description, s.Messages.Split(','), s.Filter, s.PausedUtc is not null, s.PausedUtc, s.PausedReason,
        s.ConsecutiveFailures, s.LastSuccessUtc, s.CreatedUtc);
}
