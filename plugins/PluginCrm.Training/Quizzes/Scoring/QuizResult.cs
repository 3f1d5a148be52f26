namespace PluginCrm.Training.Quizzes.Scoring;

/// <summary>
/// A scored attempt: <paramref name="Points"/> is the sum of the questions' rounded points, <paramref name="Percent"/> their
/// share of <paramref name="MaxPoints"/> rounded to 2 places; <paramref name="Passed"/> compares the unrounded share with the
/// pass mark, so 69.996% does not pass a 70% quiz.
/// </summary>
public sealed record QuizResult(decimal Points, decimal MaxPoints, decimal Percent, bool Passed, IReadOnlyList<QuestionResult> Questions);
