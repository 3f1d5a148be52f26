namespace PluginCrm.Training.Events.Attend;

/// <summary>What became of a registrant: <c>attended</c> or <c>no-show</c>.</summary>
public sealed record AttendanceRequest(string? Attendance);
