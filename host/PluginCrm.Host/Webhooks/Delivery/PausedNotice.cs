using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Notifications;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>
/// Tells every active admin, in the console's inbox, that a subscription was paused. The wording is built in, not a
/// template an admin must first write: a broken integration must not go unnoticed on a host nobody configured.
/// </summary>
public static class PausedNotice
{
    public const string Key = "webhook.paused";

    public static async Task AddAsync(CrmDbContext db, long subscriptionId, string url, string reason, DateTime pausedUtc, CancellationToken ct)
    {
        var admins = await db.Users.AsNoTracking().Where(u => u.Role == CrmRole.Admin && u.Active).Select(u => u.Id).ToListAsync(ct);
        foreach (var admin in admins)
            db.Notifications.Add(new NotificationRow
            {
                TemplateKey = Key, Recipient = $"user:{admin}", UserId = admin, Occasion = $"webhook-paused:{subscriptionId}:{pausedUtc:yyyyMMddTHHmmss}",
                Channel = NotificationChannel.Inbox, Status = NotificationStatus.Pending, CreatedUtc = pausedUtc, NextAttemptUtc = pausedUtc,
                Subject = $"Webhook {subscriptionId} paused",
                Body = $"The webhook {subscriptionId} to {url} was paused: {reason}. Its deliveries are held, not lost. " +
                       $"See its log (GET /api/webhooks/{subscriptionId}/log or 'crm webhooks log {subscriptionId}'), mend the receiver, then resume it " +
                       $"(POST /api/webhooks/{subscriptionId}/resume).",
            });
        await db.SaveChangesAsync(ct);
    }
}
