using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

/// <summary>The <c>inbox_messages</c> table.</summary>
public sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> e)
    {
        e.ToTable("inbox_messages");
        e.Property(m => m.Subject).HasMaxLength(500);
        e.HasIndex(m => new { m.UserId, m.Id });
        e.HasIndex(m => m.NotificationId).IsUnique();
    }
}
