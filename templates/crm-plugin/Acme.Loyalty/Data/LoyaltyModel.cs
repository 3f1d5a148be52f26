using Microsoft.EntityFrameworkCore;

namespace Acme.Loyalty.Data;

/// <summary>The loyalty plugin's table, prefixed <c>loyalty_</c>.</summary>
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
    }
}
