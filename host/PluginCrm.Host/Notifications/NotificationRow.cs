using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Notifications;

/// <summary>
/// One message, rendered when it was queued: the notification outbox (delivered at least once, with back-off, by
/// lease) and, once delivered or skipped, the send log. Written in the causing change's transaction.
/// </summary>
public sealed class NotificationRow
{
    public long Id { get; set; }
    public string TemplateKey { get; set; } = "";
    public int TemplateVersion { get; set; }

    /// <summary><c>user:ID</c> or <c>customer:ID</c>; with <see cref="Occasion"/> unique, so an occasion is used once.</summary>
    public string Recipient { get; set; } = "";
    public long? UserId { get; set; }
    public long? CustomerId { get; set; }
    public string? Occasion { get; set; }
    public NotificationChannel Channel { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public NotificationStatus Status { get; set; }

    /// <summary>Why it was skipped, or the last delivery error.</summary>
    public string? Reason { get; set; }

    /// <summary>Where it went: the e-mail address, the SMTP server or the mail-drop file.</summary>
    public string? DeliveredTo { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
}

/// <summary>The <c>notifications</c> table.</summary>
public sealed class NotificationRowConfiguration : IEntityTypeConfiguration<NotificationRow>
{
    public void Configure(EntityTypeBuilder<NotificationRow> e)
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
    }
}
