namespace PluginCrm.Training.Data;

/// <summary>A course: its draft definition (JSON) and, once published, its versions (<see cref="CourseVersion"/>).</summary>
public sealed class Course
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>customers or staff.</summary>
    public string Audience { get; set; } = "";

    /// <summary>draft (never published), published (open to enrolment) or retired (no new enrolments).</summary>
    public string Status { get; set; } = CourseStatus.Draft;

    /// <summary>The definition as last saved; publishing it makes a version when it differs from the last one.</summary>
    public string Draft { get; set; } = "";

    /// <summary>The version new enrolments get; 0 before the first publication.</summary>
    public int CurrentVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
