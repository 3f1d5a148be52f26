namespace PluginCrm.Training.Reports;

/// <summary>Completion of one course's enrolments in the period.</summary>
public sealed record CourseCompletion(string Course, string Title, string Audience, CompletionFigures Figures);
