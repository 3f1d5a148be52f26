using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.Host.Notifications.Queue;

/// <summary>
/// <see cref="INotifications"/>: checks the recipient, renders the message template now (so the log names the exact
/// version sent and a broken template fails the caller, not the outbox), and writes the message to the notification
/// outbox on the scope's connection, so it commits or rolls back with the change that caused it.
/// </summary>
public sealed class NotificationQueue(
    CrmDbContext db, TemplateStore templates, TemplateRenderer renderer, ScopedConnection connection, OutboxSignal signal,
    TimeProvider time, ILogger<NotificationQueue> logger) : INotifications
{
    public async Task<NotificationResult> QueueAsync(Notification notification, CancellationToken cancellationToken)
    {
        var recipient = await NotificationRecipients.ResolveAsync(db, notification.Recipient, cancellationToken);
        if (recipient.Refusal is { } refusal)
        {
            logger.LogInformation("Notification {TemplateKey} to {Recipient} not queued: {Reason}", notification.TemplateKey, recipient.Key, refusal);
            return new NotificationResult(false, refusal);
        }
        if (notification.Occasion is { } occasion && await db.Notifications.AnyAsync(n => n.Recipient == recipient.Key && n.Occasion == occasion, cancellationToken))
            return new NotificationResult(false, NotificationReasons.AlreadySent);

        var model = notification.Model.ToDictionary(m => m.Key, m => m.Value);
        model[recipient.ModelName] = recipient.Model;
        var (version, text) = await RenderAsync(notification.TemplateKey, model, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var row = new NotificationRow
        {
            TemplateKey = notification.TemplateKey, TemplateVersion = version, Recipient = recipient.Key,
            UserId = notification.Recipient.UserId, CustomerId = notification.Recipient.CustomerId, Occasion = notification.Occasion,
            Channel = recipient.Channel, Subject = text.Subject, Body = text.Body, Status = NotificationStatus.Pending,
            CreatedUtc = now, NextAttemptUtc = notification.NotBeforeUtc is { } notBefore && notBefore > now ? notBefore : now,
        };
        db.Notifications.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (notification.Occasion is not null)
        {
            return new NotificationResult(false, NotificationReasons.AlreadySent); // a racing job took the occasion first
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached; // a job may queue thousands: keep the tracker small
        }
        // Inside a change's transaction the row is invisible until commit: the pipeline wakes the outbox then.
        if (connection.Transaction is null)
            signal.Wake();
        else
            connection.WakeOutboxOnCommit = true;
        return new NotificationResult(true);
    }

    public async Task<bool> WithdrawAsync(NotificationRecipient recipient, string occasion, CancellationToken cancellationToken)
    {
        var key = NotificationRecipients.KeyOf(recipient);
        var now = time.GetUtcNow().UtcDateTime;
        // Only a message no dispatcher has touched: once leased or attempted, it may already be in a mailbox.
        var withdrawn = await db.Notifications
            .Where(n => n.Recipient == key && n.Occasion == occasion && n.Status == NotificationStatus.Pending && n.Attempts == 0
                        && (n.LeaseUntilUtc == null || n.LeaseUntilUtc < now))
            .ExecuteDeleteAsync(cancellationToken);
        if (withdrawn > 0)
            logger.LogInformation("Notification {Occasion} to {Recipient} withdrawn before delivery", occasion, key);
        return withdrawn > 0;
    }

    private async Task<(int Version, MessageText Text)> RenderAsync(string key, Dictionary<string, object?> model, CancellationToken ct)
    {
        TemplateView template;
        try
        {
            template = await templates.GetAsync(key, ct);
        }
        catch (NotFoundException)
        {
            throw new NotificationTemplateException($"There is no message template '{key}': an admin must save one (PUT /api/templates/{key} with kind 'message').");
        }
        if (template.Kind != TemplateKind.Message)
            throw new NotificationTemplateException($"Template '{key}' is a {template.Kind.ToString().ToLowerInvariant()} template, not a message template.");
        try
        {
            return (template.CurrentVersion, MessageText.Split(renderer.Render(template.Body, model, ct), template.Description ?? key));
        }
        catch (TemplateRenderException ex)
        {
            throw new NotificationTemplateException($"Message template '{key}' version {template.CurrentVersion} failed to render: {ex.Message}", ex);
        }
    }
}
