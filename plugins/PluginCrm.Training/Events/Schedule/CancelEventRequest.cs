namespace PluginCrm.Training.Events.Schedule;

/// <summary>Why an event is called off, for its registrants' message (optional).</summary>
public sealed record CancelEventRequest(string? Reason = null);
