namespace PluginCrm.Host.Notifications.Inbox;

/// <summary>A message in a user's in-app inbox, delivered from a <see cref="NotificationRow"/>.</summary>
public sealed class InboxMessage
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long NotificationId { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
}
