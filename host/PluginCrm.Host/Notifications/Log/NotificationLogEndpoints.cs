using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Notifications.Log;

/// <summary>One message in the send log.</summary>
public sealed record NotificationLogEntry(
    long Id, string TemplateKey, int TemplateVersion, string Recipient, string? Occasion, NotificationChannel Channel, NotificationStatus Status,
    string? Reason, string? DeliveredTo, int Attempts, string Subject, DateTime CreatedUtc, DateTime NextAttemptUtc, DateTime? FinishedUtc);

/// <summary><c>GET /api/notifications/log</c> for admins: every message, newest first, with what became of it.</summary>
public static class NotificationLogEndpoints
{
    public static void MapNotificationLog(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/notifications/log", async (int? page, int? pageSize, string? status, string? templateKey, string? recipient,
            CrmDbContext db, CancellationToken ct) =>
        {
            var (number, size) = Paging.Check(page, pageSize);
            var rows = db.Notifications.AsNoTracking();
            if (status is not null)
            {
                if (!Enum.TryParse<NotificationStatus>(status, ignoreCase: true, out var wanted))
                    throw new InputException("status", "must be pending, sent, skipped or failed");
                rows = rows.Where(n => n.Status == wanted);
            }
            if (templateKey is not null)
                rows = rows.Where(n => n.TemplateKey == templateKey);
            if (recipient is not null)
                rows = rows.Where(n => n.Recipient == recipient);
            var total = await rows.CountAsync(ct);
            var items = await rows.OrderByDescending(n => n.Id).Skip((number - 1) * size).Take(size)
                .Select(n => new NotificationLogEntry(n.Id, n.TemplateKey, n.TemplateVersion, n.Recipient, n.Occasion, n.Channel, n.Status,
                    n.Reason, n.DeliveredTo, n.Attempts, n.Subject, n.CreatedUtc, n.NextAttemptUtc, n.FinishedUtc)).ToListAsync(ct);
            return new RecordPage<NotificationLogEntry>(items, number, size, total);
        }).RequireAuthorization(AccessPolicies.Admin).WithTags("notifications");
}
