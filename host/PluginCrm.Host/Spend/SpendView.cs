namespace PluginCrm.Host.Spend;

/// <summary>Recorded spend as the API and the audit show it.</summary>
public sealed record SpendView(
    long Id, DateOnly From, DateOnly To, long? TeamId, SpendKind Kind, decimal Amount, string Currency, string? Note,
    DateTime CreatedUtc, DateTime UpdatedUtc, long Version)
{
    public static SpendView Of(SpendRow s) => new(s.Id, s.From, s.To, s.TeamId, s.Kind, s.Amount, s.Currency, s.Note, s.CreatedUtc, s.UpdatedUtc, s.Version);
}
