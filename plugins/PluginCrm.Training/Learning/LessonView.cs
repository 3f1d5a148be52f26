namespace PluginCrm.Training.Learning;

/// <summary>A lesson of the learner's version, with its content and whether it is done.</summary>
public sealed record LessonView(
    string Key, string Title, string Kind, string? Body, string? Url, string? Document, int? Minutes, bool Done, DateTime? DoneUtc, QuizView? Quiz);
