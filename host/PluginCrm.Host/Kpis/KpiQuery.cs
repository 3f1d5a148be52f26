namespace PluginCrm.Host.Kpis;

/// <summary>
/// What a KPI report covers: the UTC dates [<see cref="From"/>, <see cref="To"/>) (either end may be open), an
/// optional series of buckets, and an optional team or rep (owner) to narrow to, within what the caller may see.
/// </summary>
public sealed record KpiQuery(DateOnly? From = null, DateOnly? To = null, KpiBucket? By = null, long? TeamId = null, long? OwnerId = null)
{
    public KpiWindow Window => new(From, To);

    public DateTime? FromUtc => Window.FromUtc;

    public DateTime? ToUtc => Window.ToUtc;
}
