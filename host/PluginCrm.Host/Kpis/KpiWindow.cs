namespace PluginCrm.Host.Kpis;

/// <summary>The UTC days [<see cref="From"/>, <see cref="To"/>) of a report or of one bucket of its series; either end may be open.</summary>
public sealed record KpiWindow(DateOnly? From, DateOnly? To)
{
    public DateTime? FromUtc => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime? ToUtc => To?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day < To);

    public bool Contains(DateTime moment) => (FromUtc is null || moment >= FromUtc) && (ToUtc is null || moment < ToUtc);
}
