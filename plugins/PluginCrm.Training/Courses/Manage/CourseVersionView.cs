namespace PluginCrm.Training.Courses.Manage;

/// <summary>A published version of a course and when it was published.</summary>
public sealed record CourseVersionView(int Number, DateTime PublishedUtc);
