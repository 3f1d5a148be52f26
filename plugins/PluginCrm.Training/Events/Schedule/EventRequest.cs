namespace PluginCrm.Training.Events.Schedule;

/// <summary>
/// An event as a manager schedules it (created, or replaced whole by PUT). Times are UTC; a time with an offset is
/// turned into UTC, one without is taken as UTC. <paramref name="Course"/> is the key of the course it goes with.
/// </summary>
public sealed record EventRequest(
    string? Title, string? Kind, string? Audience, DateTime? StartsUtc, DateTime? EndsUtc, string? Place = null, string? OnlineLink = null,
    int? Capacity = null, string? Course = null, string? Description = null);
