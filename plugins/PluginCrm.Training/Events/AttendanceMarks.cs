namespace PluginCrm.Training.Events;

/// <summary>What became of a confirmed registrant once the event started.</summary>
public static class AttendanceMarks
{
    public const string Attended = "attended";
    public const string NoShow = "no-show";

    public static readonly IReadOnlyList<string> All = [Attended, NoShow];
}
