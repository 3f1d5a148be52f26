namespace PluginCrm.Training.Learning;

/// <summary>A quiz without its answers: the questions, the pass mark, and the learner's attempts so far.</summary>
public sealed record QuizView(int PassMark, int Attempts, int AttemptsUsed, decimal? BestPercent, bool Passed, IReadOnlyList<QuizQuestionView> Questions);
