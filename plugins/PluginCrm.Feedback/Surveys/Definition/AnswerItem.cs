namespace PluginCrm.Feedback.Surveys.Definition;

/// <summary>One checked answer to one question: a number on its scale, or a text (a choice, one row per choice checked).</summary>
public sealed record AnswerItem(string QuestionKey, string QuestionType, int? Number, string? Text);
