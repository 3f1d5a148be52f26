using Microsoft.EntityFrameworkCore;

namespace PluginCrm.LeadAssignment.Data;

/// <summary>The lead-assignment plugin's own tables, prefixed <c>la_</c>.</summary>
public sealed class LeadAssignmentDbContext(DbContextOptions<LeadAssignmentDbContext> options) : DbContext(options)
{
    public DbSet<AssignmentRule> Rules => Set<AssignmentRule>();
    public DbSet<RepAvailability> Reps => Set<RepAvailability>();
    public DbSet<RotationSlot> Rotations => Set<RotationSlot>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<PoolEntry> Pool => Set<PoolEntry>();
    public DbSet<QueuedLead> Queue => Set<QueuedLead>();
    public DbSet<ContactKey> ContactKeys => Set<ContactKey>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureLeadAssignment();
}
