using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Notifications.Inbox;

namespace PluginCrm.Host.Notifications;

/// <summary>The <c>notifications</c> (outbox and send log) and <c>inbox_messages</c> tables.</summary>
public static class NotificationModel
{
    public static void ConfigureNotifications(this ModelBuilder model)
    {
        model.Entity<NotificationRow>(e =>
        {
            e.ToTable("notifications");
            e.Property(n => n.TemplateKey).HasMaxLength(100);
            e.Property(n => n.Recipient).HasMaxLength(40);
            e.Property(n => n.Occasion).HasMaxLength(200);
            e.Property(n => n.Subject).HasMaxLength(500);
            e.Property(n => n.Reason).HasMaxLength(2000);
            e.Property(n => n.DeliveredTo).HasMaxLength(500);
            e.Property(n => n.LeaseOwner).HasMaxLength(100);
            // Once per recipient and occasion, even across restarts and racing jobs; a null occasion is never equal.
            e.HasIndex(n => new { n.Recipient, n.Occasion }).IsUnique();
            e.HasIndex(n => new { n.Status, n.NextAttemptUtc });
            e.HasIndex(n => n.CreatedUtc);
            e.HasIndex(n => new { n.CustomerId, n.FinishedUtc }); // messages sent to a customer, on its timeline
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.Property(m => m.Subject).HasMaxLength(500);
            e.HasIndex(m => new { m.UserId, m.Id });
            e.HasIndex(m => m.NotificationId).IsUnique();
        });
    }
}
