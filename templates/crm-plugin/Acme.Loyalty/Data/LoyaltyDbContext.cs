using Microsoft.EntityFrameworkCore;

namespace Acme.Loyalty.Data;

/// <summary>The loyalty plugin's own tables, prefixed <c>loyalty_</c>, on the host's database.</summary>
public sealed class LoyaltyDbContext(DbContextOptions<LoyaltyDbContext> options) : DbContext(options)
{
    public DbSet<PointsAward> Awards => Set<PointsAward>();

    public DbSet<PointsGrant> Grants => Set<PointsGrant>();

    /// <summary>The points a customer has: earned on orders and given by hand.</summary>
    public async Task<long> PointsOfAsync(long customerId, CancellationToken cancellationToken) =>
        await Awards.Where(a => a.CustomerId == customerId).SumAsync(a => a.Points, cancellationToken)
        + await Grants.Where(g => g.CustomerId == customerId).SumAsync(g => g.Points, cancellationToken);

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureLoyalty();
}
