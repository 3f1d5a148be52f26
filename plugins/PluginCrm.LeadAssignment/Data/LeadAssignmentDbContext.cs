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
    public DbSet<OpenLeadCount> OpenLeads => Set<OpenLeadCount>();
    public DbSet<Stamp> Stamps => Set<Stamp>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureLeadAssignment();

    // Every process caches the rules, the reps' availability and the directory under the config stamp: any saved change to
    // the first two gives it a new value in the same SaveChanges, hence the same transaction (the directory: DirectoryStale). A random value, not an increment, so two
    // processes saving at once cannot both write the same next number.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ConfigChanged())
            NewConfigValue(await Stamps.FindAsync([Stamp.Config], cancellationToken));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ConfigChanged())
            NewConfigValue(Stamps.Find(Stamp.Config));
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private bool ConfigChanged() => ChangeTracker.Entries()
        .Any(e => e.Entity is AssignmentRule or RepAvailability && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>Gives the config stamp a new value, saved with the next save: what every process cached under it is stale.</summary>
    public async Task ConfigIsStaleAsync(CancellationToken cancellationToken) =>
        NewConfigValue(await Stamps.FindAsync([Stamp.Config], cancellationToken));

    private void NewConfigValue(Stamp? stamp)
    {
        if (stamp is null)
            Stamps.Add(stamp = new Stamp { Name = Stamp.Config });
        stamp.Value = Random.Shared.NextInt64(1, long.MaxValue);
    }
}
