using System.Text.Json;

namespace PluginCrm.Training.Tests.Quizzes;

/// <summary>A learner's answers as the API receives them: a JSON object of question key to value.</summary>
public static class Answers
{
    public static Dictionary<string, JsonElement> Of(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
