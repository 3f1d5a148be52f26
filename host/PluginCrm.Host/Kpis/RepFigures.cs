namespace PluginCrm.Host.Kpis;

/// <summary>One rep's figures; <see cref="OwnerId"/> null gathers what has no owner.</summary>
public sealed record RepFigures<T>(long? OwnerId, string? Name, T Figures);
