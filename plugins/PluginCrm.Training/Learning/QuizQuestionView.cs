namespace PluginCrm.Training.Learning;

/// <summary>A quiz question as a learner sees it: its text and choices, never its answers.</summary>
public sealed record QuizQuestionView(string Key, string Type, string Text, IReadOnlyList<string>? Choices, int Points);
