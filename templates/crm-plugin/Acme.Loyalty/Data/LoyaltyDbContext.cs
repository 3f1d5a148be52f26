using Microsoft.EntityFrameworkCore;

namespace Acme.Loyalty.Data;

/// <summary>The loyalty plugin's own tables, prefixed <c>loyalty_</c>, on the host's database.</summary>
public sealed class LoyaltyDbContext(DbContextOptions<LoyaltyDbContext> options) : DbContext(options)
{
    public DbSet<PointsAward> Awards => Set<PointsAward>();

    /// <summary>The points a customer has earned.</summary>
    public Task<long> PointsOfAsync(long customerId, CancellationToken cancellationToken) =>
        Awards.Where(a => a.CustomerId == customerId).SumAsync(a => a.Points, cancellationToken);

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureLoyalty();
}
