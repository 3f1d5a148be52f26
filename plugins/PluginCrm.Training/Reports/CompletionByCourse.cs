namespace PluginCrm.Training.Reports;

/// <summary>Completion of the period's enrolments in total and per course.</summary>
public sealed record CompletionByCourse(CompletionFigures Total, IReadOnlyList<CourseCompletion> Items);
