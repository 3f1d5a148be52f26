using Acme.Loyalty.Data;
using PluginCrm.Sdk.Records;

namespace Acme.Loyalty;

/// <summary>
/// Template functions, reachable as <c>loyalty.points customer</c> and <c>loyalty.tier customer</c>: created in the scope of
/// the render that calls them, with the plugin's services.
/// </summary>
public sealed class LoyaltyTemplateFunctions(LoyaltyDbContext db)
{
    /// <summary>The points the customer has earned.</summary>
    public Task<long> Points(CustomerRecord customer) => db.PointsOfAsync(customer.Id, CancellationToken.None);

    /// <summary>The customer's tier: gold from 10,000 points, silver from 1,000, else bronze.</summary>
    public async Task<string> Tier(CustomerRecord customer) => await Points(customer) switch
    {
        >= 10_000 => "gold",
        >= 1_000 => "silver",
        _ => "bronze",
    };
}
