namespace Acme.Loyalty;

/// <summary>Template helpers, reachable as <c>loyalty.tier</c> in templates.</summary>
public static class LoyaltyTemplateFunctions
{
    public static readonly IReadOnlyDictionary<string, Delegate> All = new Dictionary<string, Delegate>
    {
        ["tier"] = Tier,
    };

    /// <summary>The tier a balance of <paramref name="points"/> earns: gold from 10,000, silver from 1,000, else bronze.</summary>
    public static string Tier(long points) => points switch
    {
        >= 10_000 => "gold",
        >= 1_000 => "silver",
        _ => "bronze",
    };
}
