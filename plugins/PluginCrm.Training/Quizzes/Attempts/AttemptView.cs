namespace PluginCrm.Training.Quizzes.Attempts;

/// <summary>
/// A scored attempt as the learner sees it: the score, whether it passed, attempts left (null: no limit), and per question
/// whether it was right with its explanation. The right answers show only once the quiz is passed or no attempt is left,
/// so a learner cannot copy them into the next attempt.
/// </summary>
public sealed record AttemptView(
    int Number, decimal Points, decimal MaxPoints, decimal Percent, int PassMark, bool Passed, int? AttemptsLeft, bool CourseCompleted,
    IReadOnlyList<AttemptQuestionView> Questions);
