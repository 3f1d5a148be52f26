namespace PluginCrm.Host.Kpis;

/// <summary>The figures of one bucket of a series, the UTC dates [<see cref="From"/>, <see cref="To"/>).</summary>
public sealed record PeriodFigures<T>(DateOnly From, DateOnly To, T Figures);
