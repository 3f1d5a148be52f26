using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Courses.Manage;

/// <summary>A course as the API shows it: its draft, its versions, and how many learners it has.</summary>
public sealed record CourseView(
    long Id, string Key, string Title, string Audience, string Status, int CurrentVersion, int Lessons, CourseDefinition Draft,
    IReadOnlyList<CourseVersionView> Versions, int Enrolled, int Completed, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary><c>GET /api/training/courses</c>: every course.</summary>
public sealed record CourseList(IReadOnlyList<CourseView> Items);
