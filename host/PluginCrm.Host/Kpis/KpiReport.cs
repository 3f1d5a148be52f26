namespace PluginCrm.Host.Kpis;

/// <summary>
/// A KPI over a period: for everything the caller may see (narrowed to the asked team or rep), per rep, per team,
/// and, when a bucket was asked for, as a series.
/// </summary>
public sealed record KpiReport<T>(
    DateOnly? From, DateOnly? To, KpiBucket? By, T Total,
    IReadOnlyList<RepFigures<T>> ByRep, IReadOnlyList<TeamFigures<T>> ByTeam, IReadOnlyList<PeriodFigures<T>> Series);
