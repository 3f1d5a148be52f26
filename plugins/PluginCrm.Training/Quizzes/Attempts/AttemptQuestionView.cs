namespace PluginCrm.Training.Quizzes.Attempts;

/// <summary>One question of a scored attempt: right or not, its points, the explanation, and the right answers when shown.</summary>
public sealed record AttemptQuestionView(string Key, bool Correct, decimal Points, int MaxPoints, IReadOnlyList<string> Given, IReadOnlyList<string>? Right, string? Explanation);
