namespace PluginCrm.Host.Spend;

/// <summary>
/// Marketing or sales spend an admin recorded for the UTC days [<see cref="From"/>, <see cref="To"/>), for one team
/// or, <see cref="TeamId"/> null, the whole company.
/// </summary>
public sealed class SpendRow
{
    public long Id { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public long? TeamId { get; set; }
    public SpendKind Kind { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public long Version { get; set; }

    /// <summary>The number of days the amount was spent over.</summary>
    public int Days => To.DayNumber - From.DayNumber;
}
