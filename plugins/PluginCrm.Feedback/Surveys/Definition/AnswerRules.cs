using System.Globalization;
using System.Text.Json;

namespace PluginCrm.Feedback.Surveys.Definition;

/// <summary>
/// Checks a set of answers (question key → JSON value) against one version of a survey: only its questions, each in range,
/// required ones answered, a conditional one only after the answer it follows. Every problem is named by question key.
/// </summary>
public static class AnswerRules
{
    public static (IReadOnlyList<AnswerItem> Items, Dictionary<string, string[]> Errors) Check(SurveyDefinition survey, IReadOnlyDictionary<string, JsonElement>? answers)
    {
        var (items, errors, _) = Check(survey.Pages!, answers);
        return (items, errors);
    }

    /// <summary>
    /// The answers without those to conditional questions that were not asked: the survey page hides such a question
    /// until the answer it follows is picked, so what its hidden box still holds (typed before the score was changed)
    /// is not an answer, as a survey tool's display logic drops it. The API refuses them instead, as a client's mistake.
    /// </summary>
    public static Dictionary<string, JsonElement> WithoutNotAsked(IReadOnlyList<SurveyPage> pages, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var notAsked = Check(pages, answers).NotAsked;
        return answers.Where(a => !notAsked.Contains(a.Key)).ToDictionary();
    }

    // NotAsked: the answered questions that were not asked, each also an error.
    private static (IReadOnlyList<AnswerItem> Items, Dictionary<string, string[]> Errors, HashSet<string> NotAsked) Check(
        IReadOnlyList<SurveyPage> pages, IReadOnlyDictionary<string, JsonElement>? answers)
    {
        var notAsked = new HashSet<string>();
        answers ??= new Dictionary<string, JsonElement>();
        var errors = new Dictionary<string, string[]>();
        var items = new List<AnswerItem>();
        var given = new Dictionary<string, IReadOnlyList<string>>(); // what each question was answered, for conditions
        var questions = pages.SelectMany(p => p.Questions!).ToList();
        foreach (var key in answers.Keys.Where(k => questions.All(q => q.Key != k)))
            errors[key] = ["is not a question of this survey"];
        foreach (var question in questions)
        {
            var key = question.Key!;
            var answered = answers.TryGetValue(key, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && !(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));
            var asked = question.ShowIf is not { } condition || (given.TryGetValue(condition.Question!, out var earlier) && earlier.Any(condition.In!.Contains));
            if (!asked)
            {
                if (answered)
                {
                    notAsked.Add(key);
                    errors[key] = [$"is asked only after {question.ShowIf!.Question} is one of {string.Join(", ", question.ShowIf.In!)}"];
                }
                continue;
            }
            if (!answered)
            {
                if (question.Required)
                    errors[key] = ["is required"];
                continue;
            }
            var (read, error) = Read(question, value);
            if (error is not null)
                errors[key] = [error];
            else
            {
                items.AddRange(read);
                given[key] = read.Select(i => i.Number?.ToString(CultureInfo.InvariantCulture) ?? i.Text!).ToList();
            }
        }
        return (items, errors, notAsked);
    }

    /// <summary>Whether <paramref name="value"/> (as text) is an answer <paramref name="question"/> can have: for conditions.</summary>
    public static bool Allows(SurveyQuestion question, string value) =>
        QuestionTypes.Scale(question) is { } scale
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= scale.Low && number <= scale.High
            : question.Choices?.Contains(value) == true;

    private static (IReadOnlyList<AnswerItem> Items, string? Error) Read(SurveyQuestion question, JsonElement value)
    {
        var key = question.Key!;
        if (QuestionTypes.Scale(question) is { } scale)
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= scale.Low && number <= scale.High
                ? ([new AnswerItem(key, question.Type!, number, null)], null)
                : ([], $"must be a whole number from {scale.Low} to {scale.High}");
        switch (question.Type)
        {
            case QuestionTypes.Single:
                return value.ValueKind == JsonValueKind.String && question.Choices!.Contains(value.GetString()!)
                    ? ([new AnswerItem(key, question.Type, null, value.GetString())], null)
                    : ([], $"must be one of {string.Join(", ", question.Choices!)}");
            case QuestionTypes.Multiple:
                var picked = value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                    ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : null;
                return picked is { Count: > 0 } && picked.All(question.Choices!.Contains) && picked.Distinct().Count() == picked.Count
                    ? (picked.Select(p => new AnswerItem(key, question.Type, null, p)).ToList(), null)
                    : ([], $"must be a list of different choices from {string.Join(", ", question.Choices!)}");
            default:
                var limit = question.MaxLength ?? QuestionTypes.DefaultTextLength;
                if (value.ValueKind != JsonValueKind.String)
                    return ([], "must be text");
                var text = value.GetString()!.Trim();
                return text.Length > limit ? ([], $"is {text.Length} characters; the limit is {limit}") : ([new AnswerItem(key, question.Type!, null, text)], null);
        }
    }
}
