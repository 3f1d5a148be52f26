using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data.Core;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.Notifications.Inbox;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Templates.Store;

namespace PluginCrm.Host.Data;

/// <summary>The host's own tables. Plugins keep theirs in their own contexts.</summary>
public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options) : DbContext(options)
{
    public DbSet<ModuleState> Modules => Set<ModuleState>();
    public DbSet<PluginSettingsRow> PluginSettings => Set<PluginSettingsRow>();
    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<CrmTask> Tasks => Set<CrmTask>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<RecordShare> Shares => Set<RecordShare>();
    public DbSet<TemplateRow> Templates => Set<TemplateRow>();
    public DbSet<TemplateVersionRow> TemplateVersions => Set<TemplateVersionRow>();
    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<SpendRow> Spend => Set<SpendRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<decimal>().HaveConversion<MoneyConverter>();
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ModuleState>(e =>
        {
            e.ToTable("modules");
            e.HasKey(m => m.PluginId);
            e.Property(m => m.PluginId).HasMaxLength(40);
            e.Property(m => m.ChangedBy).HasMaxLength(100);
        });
        model.Entity<PluginSettingsRow>(e =>
        {
            e.ToTable("plugin_settings");
            e.HasKey(s => s.PluginId);
            e.Property(s => s.PluginId).HasMaxLength(40);
            e.Property(s => s.ChangedBy).HasMaxLength(100);
        });
        model.Entity<JobSchedule>(e =>
        {
            e.ToTable("job_schedules");
            e.HasKey(j => j.JobKey);
            e.Property(j => j.JobKey).HasMaxLength(110);
            e.Property(j => j.LeaseOwner).HasMaxLength(100);
            e.Property(j => j.LastOutcome).HasMaxLength(20);
            e.Property(j => j.LastError).HasMaxLength(2000);
        });
        model.ConfigureCore();
        model.ConfigureTemplates();
        model.ConfigureNotifications();
        model.ConfigureSpend();
    }
}
