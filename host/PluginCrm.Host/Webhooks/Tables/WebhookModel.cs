using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Webhooks.Tables;

/// <summary>The <c>webhook_subscriptions</c> table.</summary>
public sealed class WebhookSubscriptionModel : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> e)
    {
        e.ToTable("webhook_subscriptions");
        e.Property(s => s.Url).HasMaxLength(2000);
        e.Property(s => s.Description).HasMaxLength(200);
        e.Property(s => s.Messages).HasMaxLength(4000);
        e.Property(s => s.Filter).HasMaxLength(2000);
        e.Property(s => s.Secret).HasMaxLength(100);
        e.Property(s => s.PausedReason).HasMaxLength(500);
    }
}

/// <summary>The <c>webhook_deliveries</c> table: the webhooks' outbox.</summary>
public sealed class WebhookDeliveryModel : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> e)
    {
        e.ToTable("webhook_deliveries");
        e.Property(d => d.EventId).HasMaxLength(40);
        e.Property(d => d.Message).HasMaxLength(100);
        e.Property(d => d.LeaseOwner).HasMaxLength(100);
        e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(d => new { d.Status, d.NextAttemptUtc });
        e.HasIndex(d => new { d.SubscriptionId, d.Id });
    }
}

/// <summary>The <c>webhook_attempts</c> table: each subscription's delivery log.</summary>
public sealed class WebhookAttemptModel : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> e)
    {
        e.ToTable("webhook_attempts");
        e.Property(a => a.Error).HasMaxLength(2000);
        e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(a => a.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => new { a.SubscriptionId, a.Id });
    }
}
