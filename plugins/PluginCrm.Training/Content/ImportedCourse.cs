namespace PluginCrm.Training.Content;

/// <summary>A course an import saved: <paramref name="Outcome"/> is <c>created</c>, <c>version N</c>, <c>published</c> (a retired course opened again) or <c>unchanged</c>.</summary>
public sealed record ImportedCourse(string Key, string Outcome, int Version, int Lessons)
{
    /// <summary><c>getting-started: created (version 1, 3 lessons)</c>; a new version says its number once: <c>version 2 (3 lessons)</c>.</summary>
    public override string ToString()
    {
        var lessons = Lessons == 1 ? "1 lesson" : $"{Lessons} lessons";
        return Outcome == $"version {Version}" ? $"{Key}: {Outcome} ({lessons})" : $"{Key}: {Outcome} (version {Version}, {lessons})";
    }
}
