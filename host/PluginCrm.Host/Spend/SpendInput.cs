namespace PluginCrm.Host.Spend;

/// <summary>
/// Spend as an admin records it: the UTC days [<paramref name="From"/>, <paramref name="To"/>) it was spent over, the
/// team (none: company-wide), marketing or sales, the amount and its currency, a note.
/// </summary>
public sealed record SpendInput(DateOnly? From, DateOnly? To, long? TeamId, SpendKind? Kind, decimal? Amount, string? Currency, string? Note);
