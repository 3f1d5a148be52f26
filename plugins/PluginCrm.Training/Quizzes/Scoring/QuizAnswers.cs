using System.Text.Json;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Quizzes.Scoring;

/// <summary>
/// Checks a learner's answers (question key → JSON value) against a quiz: only its questions, each answer of its question's
/// shape. A question left out (or null) is allowed and earns nothing; answering none at all is not an attempt. Every problem
/// is named <c>answers.&lt;key&gt;</c>, as the API reports it.
/// </summary>
public static class QuizAnswers
{
    public const int MaxShortAnswer = 200;

    public static Dictionary<string, string[]> Check(QuizDefinition quiz, IReadOnlyDictionary<string, JsonElement>? answers)
    {
        var errors = new Dictionary<string, string[]>();
        if (answers is null || answers.Values.All(Unanswered))
        {
            errors["answers"] = ["must answer at least one question"];
            return errors;
        }
        var questions = (quiz.Questions ?? []).ToDictionary(q => q.Key!);
        foreach (var (key, value) in answers)
            if (!questions.TryGetValue(key, out var question))
                errors[$"answers.{key}"] = ["is not a question of this quiz"];
            else if (!Unanswered(value) && Read(question, value).Error is { } error)
                errors[$"answers.{key}"] = [error];
        return errors;
    }

    /// <summary>An answer <see cref="Check"/> accepted, as text: the choices picked, <c>true</c> or <c>false</c>, or the words typed.</summary>
    internal static IReadOnlyList<string> Given(QuizQuestion question, JsonElement? value) =>
        value is not { } answer || Unanswered(answer) ? [] : Read(question, answer).Given ?? throw new ArgumentException($"the answer to '{question.Key}' was not checked");

    private static bool Unanswered(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    private static (IReadOnlyList<string>? Given, string? Error) Read(QuizQuestion question, JsonElement value)
    {
        var choices = question.Choices ?? [];
        switch (question.Type)
        {
            case QuestionTypes.Single:
                return value.ValueKind == JsonValueKind.String && choices.Contains(value.GetString()!)
                    ? ([value.GetString()!], null)
                    : (null, $"must be one of {string.Join(", ", choices)}");
            case QuestionTypes.Multiple:
                var picked = value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                    ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : null;
                return picked is not null && picked.All(choices.Contains) && picked.Distinct().Count() == picked.Count
                    ? (picked, null)
                    : (null, $"must be a list of different choices from {string.Join(", ", choices)}");
            case QuestionTypes.TrueFalse:
                return value.ValueKind switch
                {
                    JsonValueKind.True => (["true"], null),
                    JsonValueKind.False => (["false"], null),
                    JsonValueKind.String when value.GetString() is "true" or "false" => ([value.GetString()!], null),
                    _ => (null, "must be true or false"),
                };
            case QuestionTypes.Short:
                if (value.ValueKind != JsonValueKind.String)
                    return (null, "must be text");
                var text = value.GetString()!;
                return text.Length > MaxShortAnswer ? (null, $"is {text.Length} characters; the limit is {MaxShortAnswer}") : ([text], null);
            default:
                // A published quiz passed QuizRules; a question of another type is a bug, not a learner's mistake.
                throw new ArgumentException($"question '{question.Key}' is of type '{question.Type}', which is not one of {string.Join(", ", QuestionTypes.All)}");
        }
    }
}
