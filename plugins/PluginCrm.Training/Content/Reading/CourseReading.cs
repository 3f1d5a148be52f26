using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>A course folder as read: the course when it has no error (<paramref name="Errors"/> empty), else null and every error.</summary>
/// <param name="Source">Where each part was written, to place a refusal that comes later (a prerequisite the catalogue lacks).</param>
public sealed record CourseReading(CourseDefinition? Course, IReadOnlyList<ContentError> Errors, CourseSource Source);
