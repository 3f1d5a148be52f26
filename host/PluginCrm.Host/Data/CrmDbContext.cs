using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data;

/// <summary>The host's own tables. Plugins keep theirs in their own contexts.</summary>
public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options) : DbContext(options)
{
    public DbSet<ModuleState> Modules => Set<ModuleState>();
    public DbSet<PluginSettingsRow> PluginSettings => Set<PluginSettingsRow>();
    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();

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
    }
}
