using System.ComponentModel.DataAnnotations;

namespace Acme.Loyalty;

/// <summary>Admin settings of the loyalty module (<c>Plugins:loyalty</c> in configuration, or PUT /api/plugins/loyalty/settings).</summary>
public sealed class LoyaltySettings
{
    /// <summary>Points per whole unit of an order's currency: 12 points for 12.99 at 1.</summary>
    [Range(0, 1_000, ErrorMessage = "must be between 0 and 1000")]
    public int PointsPerCurrencyUnit { get; set; } = 1;
}
