using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Bench.BareApp;

/// <summary>One table, so the app builds an EF model and creates a database like any EF Core app.</summary>
public sealed class BareDb(DbContextOptions<BareDb> options) : DbContext(options)
{
    public DbSet<Thing> Things => Set<Thing>();
}

/// <summary>A row of the one table.</summary>
public sealed class Thing
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
}
