using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Data.Core;

/// <summary>Table names, keys, indexes and soft-delete filters of the core records.</summary>
public static class CoreModel
{
    public static void ConfigureCore(this ModelBuilder model)
    {
        Record<Company>(model, "companies", e =>
        {
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.NameKey).HasMaxLength(200);
            e.HasIndex(c => c.Name).IsUnique();
        });
        Record<Customer>(model, "customers", e =>
        {
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Email).HasMaxLength(254);
            e.Property(c => c.Phone).HasMaxLength(40);
            e.Property(c => c.ExternalId).HasMaxLength(64);
            e.HasIndex(c => c.Email);
            e.HasIndex(c => c.Phone);
            e.Property(c => c.PhoneKey).HasMaxLength(40);
            e.Property(c => c.NameKey).HasMaxLength(200);
            e.HasIndex(c => c.PhoneKey);
            e.HasIndex(c => c.ExternalId).IsUnique();
            e.HasIndex(c => c.OwnerId);
            e.HasIndex(c => c.TeamId);
        });
        Record<Lead>(model, "leads", e =>
        {
            e.Property(l => l.Name).HasMaxLength(200);
            e.HasIndex(l => l.OwnerId);
            e.HasIndex(l => l.Email);
            e.HasIndex(l => l.Phone);
            e.Property(l => l.PhoneKey).HasMaxLength(40);
            e.Property(l => l.NameKey).HasMaxLength(200);
            e.Property(l => l.CompanyKey).HasMaxLength(200);
            e.HasIndex(l => l.PhoneKey);
        });
        Record<Deal>(model, "deals", e =>
        {
            e.Property(d => d.Title).HasMaxLength(300);
            e.Property(d => d.ExternalId).HasMaxLength(64);
            e.HasIndex(d => d.ExternalId).IsUnique();
            e.HasIndex(d => d.OwnerId);
            e.HasIndex(d => d.Stage);
            e.HasIndex(d => new { d.CustomerId, d.CreatedUtc }); // a customer's timeline, newest first
        });
        Record<Product>(model, "products", e =>
        {
            e.Property(p => p.Code).HasMaxLength(64);
            e.HasIndex(p => p.Code).IsUnique();
        });
        Record<Order>(model, "orders", e =>
        {
            e.Property(o => o.Number).HasMaxLength(64);
            e.Property(o => o.Currency).HasMaxLength(3);
            e.HasIndex(o => o.Number).IsUnique();
            e.HasIndex(o => new { o.CustomerId, o.OrderedUtc });
            e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OrderLine>(e =>
        {
            e.ToTable("order_lines");
            e.Property(l => l.Description).HasMaxLength(300);
            e.HasIndex(l => new { l.OrderId, l.LineNumber }).IsUnique();
        });
        Record<Interaction>(model, "interactions", e =>
        {
            e.HasIndex(i => new { i.CustomerId, i.OccurredUtc });
            e.HasIndex(i => i.LeadId);
        });
        Record<CrmTask>(model, "tasks", e =>
        {
            e.Property(t => t.Subject).HasMaxLength(300);
            e.Property(t => t.OwnerId).HasColumnName("AssigneeId");
            e.Property(t => t.RelatedTo).HasMaxLength(80);
            e.HasIndex(t => new { t.OwnerId, t.Done, t.DueUtc });
            e.HasIndex(t => new { t.Done, t.DueUtc });
            e.HasIndex(t => t.TeamId);
            e.HasIndex(t => t.RelatedTo);
        });
        Record<User>(model, "users", e =>
        {
            e.Property(u => u.Email).HasMaxLength(254);
            e.HasIndex(u => u.Email).IsUnique();
        });
        Record<Team>(model, "teams", e =>
        {
            e.Property(t => t.Name).HasMaxLength(100);
            e.HasIndex(t => t.Name).IsUnique();
        });
        model.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.Property(k => k.Name).HasMaxLength(100);
            e.HasIndex(k => k.KeyHash).IsUnique();
        });
        model.Entity<Session>(e =>
        {
            e.ToTable("sessions");
            e.HasIndex(s => s.TokenHash).IsUnique();
        });
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit");
            e.Property(a => a.RecordKey).HasMaxLength(254);
            e.Property(a => a.Reason).HasMaxLength(1000);
            e.HasIndex(a => new { a.RecordType, a.RecordId });
            e.HasIndex(a => new { a.RecordType, a.RecordKey });
        });
        model.Entity<SignInThrottle>(e =>
        {
            e.ToTable("sign_in_throttle");
            e.HasKey(t => t.Email);
            e.Property(t => t.Email).HasMaxLength(254);
        });
        model.Entity<RecordShare>(e =>
        {
            e.ToTable("record_shares");
            e.Property(s => s.RecordType).HasMaxLength(20);
            e.Property(s => s.PluginId).HasMaxLength(40);
            e.HasIndex(s => new { s.RecordType, s.RecordId, s.PluginId }).IsUnique();
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasIndex(o => new { o.DeliveredUtc, o.NextAttemptUtc });
        });
    }

    private static void Record<T>(ModelBuilder model, string table, Action<EntityTypeBuilder<T>> configure) where T : RecordEntity
    {
        model.Entity<T>(e =>
        {
            e.ToTable(table);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasQueryFilter(r => r.DeletedUtc == null);
            configure(e);
        });
    }
}
