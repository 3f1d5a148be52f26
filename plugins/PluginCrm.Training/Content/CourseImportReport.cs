using PluginCrm.Training.Content.Reading;

namespace PluginCrm.Training.Content;

/// <summary>What an import came to: each course saved, in the order saved; or every error, and then nothing was saved.</summary>
public sealed record CourseImportReport(IReadOnlyList<ImportedCourse> Courses, IReadOnlyList<ContentError> Errors);
