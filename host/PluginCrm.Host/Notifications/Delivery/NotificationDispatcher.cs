using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Leases;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Notifications.Inbox;
using PluginCrm.Host.Notifications.Mail;
using PluginCrm.Host.Pipeline;

namespace PluginCrm.Host.Notifications.Delivery;

/// <summary>
/// Delivers queued notifications, as <see cref="OutboxDispatcher"/> delivers PostCommit steps: each row claimed with a
/// lease so one process sends it, a failure retried with exponential back-off and never dropped. The recipient is
/// read again first: a customer who withdrew consent since the message was queued is skipped, and the log says so.
/// </summary>
public sealed class NotificationDispatcher(
    IDbContextFactory<CrmDbContext> databases, RowLeases leases, IMailSender mail, IOptions<MailOptions> options, IOptions<JobOptions> jobs,
    TimeProvider time, ILogger<NotificationDispatcher> logger) : Pipeline.IOutboxDelivery
{
    private readonly string owner = RowLeases.NewOwner();

    /// <summary>Delivers what is due now; returns how many were sent or skipped.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<NotificationRow> claimed;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var due = db.Notifications.Where(n => (n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Failed) && n.NextAttemptUtc <= now);
            claimed = await leases.ClaimAsync(db, due, 100, owner, now, TimeSpan.FromSeconds(jobs.Value.OutboxLeaseSeconds), cancellationToken);
        }
        var done = 0;
        foreach (var row in claimed)
        {
            if (await DeliverAsync(row, now, cancellationToken))
                done++;
        }
        return done;
    }

    private async Task<bool> DeliverAsync(NotificationRow row, DateTime now, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        db.Notifications.Attach(row); // as claimed: what changes from here is saved
        row.Attempts++;
        try
        {
            var recipient = await NotificationRecipients.ResolveAsync(db, new(row.UserId, row.CustomerId), ct);
            if (recipient.Refusal is { } refusal)
                Finish(row, NotificationStatus.Skipped, refusal, null);
            else if (row.Channel == NotificationChannel.Inbox)
                DeliverToInbox(db, row);
            else
                Finish(row, NotificationStatus.Sent, null,
                    await mail.SendAsync(MailMessages.Build(row, options.Value.From, recipient.Name!, recipient.Email!, time.GetUtcNow()), ct));
            logger.LogInformation("Notification {Id} ({TemplateKey} v{Version}) to {Recipient}: {Status} {Reason}",
                row.Id, row.TemplateKey, row.TemplateVersion, row.Recipient, row.Status, row.Reason);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var backoff = OutboxDispatcher.Backoff(row.Attempts);
            logger.LogWarning(ex, "Notification {Id} ({TemplateKey} v{Version}) to {Recipient} failed (attempt {Attempts}); retrying in {Backoff}",
                row.Id, row.TemplateKey, row.TemplateVersion, row.Recipient, row.Attempts, backoff);
            db.ChangeTracker.Clear(); // drop a half-added inbox row
            db.Entry(row).State = EntityState.Modified;
            Finish(row, NotificationStatus.Failed, $"{ex.GetType().Name}: {ex.Message}", null);
            row.NextAttemptUtc = now + backoff;
        }
        row.LeaseOwner = null;
        row.LeaseUntilUtc = null;
        await db.SaveChangesAsync(CancellationToken.None); // the inbox row, if any, and the outcome in one transaction
        return row.Status is NotificationStatus.Sent or NotificationStatus.Skipped;
    }

    private void DeliverToInbox(CrmDbContext db, NotificationRow row)
    {
        db.Inbox.Add(new InboxMessage { UserId = row.UserId!.Value, NotificationId = row.Id, Subject = row.Subject, Body = row.Body, CreatedUtc = row.CreatedUtc });
        Finish(row, NotificationStatus.Sent, null, $"inbox of user {row.UserId}");
    }

    private void Finish(NotificationRow row, NotificationStatus status, string? reason, string? deliveredTo)
    {
        row.Status = status;
        row.Reason = reason is { Length: > 2000 } ? reason[..2000] : reason;
        row.DeliveredTo = deliveredTo;
        row.FinishedUtc = status == NotificationStatus.Failed ? null : time.GetUtcNow().UtcDateTime;
    }
}
