namespace PluginCrm.Training.Data;

/// <summary>Where a course is in its life.</summary>
public static class CourseStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retired = "retired";
}
