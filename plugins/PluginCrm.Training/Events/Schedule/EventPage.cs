namespace PluginCrm.Training.Events.Schedule;

/// <summary>A page of events, soonest first.</summary>
public sealed record EventPage(IReadOnlyList<EventView> Items, int Total, int Page, int PageSize);
