namespace PluginCrm.Host.Kpis;

/// <summary>One team's figures; <see cref="TeamId"/> null gathers what belongs to no team.</summary>
public sealed record TeamFigures<T>(long? TeamId, string? Name, T Figures);
