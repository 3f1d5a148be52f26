namespace PluginCrm.Training.Quizzes.Scoring;

/// <summary>
/// One question of a scored attempt. <paramref name="Credit"/> is the share of the question earned, 0 to 1, unrounded;
/// <paramref name="Points"/> that share of <paramref name="MaxPoints"/>, rounded to 2 places. <paramref name="Given"/> is
/// what the learner answered (empty when unanswered), <paramref name="Right"/> the right choices, <c>true</c> or
/// <c>false</c>, or the accepted answers, as the quiz's author wrote them.
/// </summary>
public sealed record QuestionResult(
    string Key, decimal Credit, decimal Points, int MaxPoints, bool Correct, IReadOnlyList<string> Given, IReadOnlyList<string> Right,
    string? Explanation);
