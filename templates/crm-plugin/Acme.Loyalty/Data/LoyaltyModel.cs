using Microsoft.EntityFrameworkCore;

namespace Acme.Loyalty.Data;

/// <summary>The loyalty plugin's tables, prefixed <c>loyalty_</c>.</summary>
public static class LoyaltyModel
{
    public static void ConfigureLoyalty(this ModelBuilder model)
    {
        model.Entity<PointsAward>(e =>
        {
            e.ToTable("loyalty_awards");
            e.HasIndex(a => a.CustomerId);
            e.HasIndex(a => a.OrderId).IsUnique();
        });
        model.Entity<PointsGrant>(e =>
        {
            e.ToTable("loyalty_grants");
            e.Property(g => g.Reason).HasMaxLength(200);
            e.HasIndex(g => g.CustomerId);
        });
    }
}
