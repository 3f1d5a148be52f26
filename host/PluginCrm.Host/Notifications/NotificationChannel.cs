namespace PluginCrm.Host.Notifications;

/// <summary>How a message reaches its recipient: a user's in-app inbox, or a customer's e-mail (SMTP or mail-drop).</summary>
public enum NotificationChannel
{
    Inbox,
    Email,
}
