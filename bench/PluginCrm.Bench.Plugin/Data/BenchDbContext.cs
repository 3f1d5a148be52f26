using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Bench.Plugin.Data;

/// <summary>The bench plugin's own table, prefixed <c>bench_</c>.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<BareCustomer> Customers => Set<BareCustomer>();

    protected override void OnModelCreating(ModelBuilder model) => model.Entity<BareCustomer>(e =>
    {
        e.ToTable("bench_customers");
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Email).HasMaxLength(254);
        e.HasIndex(c => c.Email);
    });
}
