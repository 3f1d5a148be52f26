namespace PluginCrm.Host.Webhooks.Queue;

/// <summary>
/// The JSON a receiver gets: the message, the record as the API shows it (after the change; <see cref="Before"/> as it
/// was, for updates and deletes), who made the change, and an id that stays the same on every retry.
/// </summary>
public sealed record WebhookEvent(string Id, string Message, DateTime OccurredUtc, string RecordType, object? Record, object? Before, string Actor)
{
    /// <summary>The message of the ping sent by <c>POST /api/webhooks/{id}/test</c> and <c>crm webhooks test</c>.</summary>
    public const string TestMessage = "webhook.test";

    public static string NewId() => $"msg_{Guid.CreateVersion7():N}";
}
