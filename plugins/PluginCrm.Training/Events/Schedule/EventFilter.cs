namespace PluginCrm.Training.Events.Schedule;

/// <summary>
/// Which events to list: those not ended by <paramref name="From"/> (default: now) and starting by <paramref name="To"/>,
/// of an audience, a kind, a status.
/// </summary>
public sealed record EventFilter(DateTime? From, DateTime? To, string? Audience, string? Kind, string? Status, int Page = 1, int PageSize = 50);
