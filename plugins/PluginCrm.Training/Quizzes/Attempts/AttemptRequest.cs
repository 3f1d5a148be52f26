using System.Text.Json;

namespace PluginCrm.Training.Quizzes.Attempts;

/// <summary>A learner's answers, by question key: a choice, a list of choices, true or false, or a short text.</summary>
public sealed record AttemptRequest(Dictionary<string, JsonElement>? Answers);
