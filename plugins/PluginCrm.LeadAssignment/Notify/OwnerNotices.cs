using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.LeadAssignment.Notify;

/// <summary>
/// Tells a user (in-app) through the host's notifications when the host offers them; the audit records the notice
/// either way. A missing template or channel is logged, never fails the job that noticed.
/// </summary>
public sealed class OwnerNotices(IServiceProvider services, ILogger<OwnerNotices> logger)
{
    public async Task TellAsync(long userId, string templateKey, IReadOnlyDictionary<string, object?> model, string occasion, CancellationToken ct)
    {
        if (services.GetService<INotifications>() is not { } notifications)
            return;
        try
        {
            await notifications.QueueAsync(new Notification(templateKey, NotificationRecipient.User(userId), model, occasion), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not notify user {UserId} with {Template} ({Occasion})", userId, templateKey, occasion);
        }
    }
}
