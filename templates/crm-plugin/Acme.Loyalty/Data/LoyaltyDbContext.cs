using Microsoft.EntityFrameworkCore;

namespace Acme.Loyalty.Data;

/// <summary>The loyalty plugin's own tables, prefixed <c>loyalty_</c>, on the host's database.</summary>
public sealed class LoyaltyDbContext(DbContextOptions<LoyaltyDbContext> options) : DbContext(options)
{
    public DbSet<PointsAward> Awards => Set<PointsAward>();

    protected override void OnModelCreating(ModelBuilder model) => model.Entity<PointsAward>(e =>
    {
        e.ToTable("loyalty_awards");
        e.HasIndex(a => a.CustomerId);
        e.HasIndex(a => a.OrderId).IsUnique();
    });
}
