using PluginCrm.Sdk.Screens;

namespace PluginCrm.Training.Learning;

/// <summary>The quiz of the lesson a learner is at: its questions as form fields, and the attempts used and left.</summary>
public sealed record NextQuiz(int PassMark, int AttemptsUsed, int? AttemptsLeft, IReadOnlyList<FormField> Fields);
