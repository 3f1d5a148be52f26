using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Records;

public sealed class RecordsOptions
{
    /// <summary>
    /// How many orders one query of a plugin's bulk purchase read (<see cref="Sdk.Records.ICrmPurchases"/>) brings back:
    /// fewer queries against more memory held at once.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Records:PurchasePageSize must be between 1 and 1000000")]
    public int PurchasePageSize { get; set; } = 5_000;
}
