namespace PluginCrm.Training.Data;

/// <summary>A course as published: what every enrolment made while it was current keeps learning.</summary>
public sealed class CourseVersion
{
    public long Id { get; set; }
    public long CourseId { get; set; }
    public int Number { get; set; }
    public string Definition { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
}
