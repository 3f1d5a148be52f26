using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>A lesson read from its file, with the <c>order</c> it asked for and where each part of it was written.</summary>
public sealed record LessonFile(LessonDefinition Lesson, int? Order, LessonSource Source);
