namespace PluginCrm.Host.Notifications;

/// <summary>
/// Pending until delivered; Failed when the last attempt failed (it is retried, never dropped); Sent; Skipped when
/// delivery found the recipient may no longer be contacted (consent withdrawn, no address, deleted).
/// </summary>
public enum NotificationStatus
{
    Pending,
    Sent,
    Skipped,
    Failed,
}
