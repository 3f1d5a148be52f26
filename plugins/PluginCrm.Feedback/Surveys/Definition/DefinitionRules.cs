using System.Text.RegularExpressions;

namespace PluginCrm.Feedback.Surveys.Definition;

/// <summary>What a survey definition must be, every problem named by its path (<c>pages[0].questions[2].choices</c>).</summary>
public static partial class DefinitionRules
{
    public const int MaxQuestions = 100;

    public static Dictionary<string, string[]> Check(SurveyDefinition definition)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        if (string.IsNullOrWhiteSpace(definition.Key) || !KeyPattern().IsMatch(definition.Key))
            Add("key", "must be lower-case letters, digits and '-', starting with a letter, at most 60");
        if (string.IsNullOrWhiteSpace(definition.Title) || definition.Title.Length > 200)
            Add("title", "is required, at most 200 characters");
        if (definition.Pages is not { Count: > 0 } pages)
        {
            Add("pages", "must hold at least one page");
            return errors;
        }
        var seen = new Dictionary<string, SurveyQuestion>();
        var count = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            if (pages[p]?.Questions is not { Count: > 0 } questions)
            {
                Add($"pages[{p}].questions", "must hold at least one question");
                continue;
            }
            for (var q = 0; q < questions.Count; q++)
            {
                var path = $"pages[{p}].questions[{q}]";
                var question = questions[q];
                count++;
                if (question is null)
                {
                    Add(path, "is empty");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(question.Key) || !KeyPattern().IsMatch(question.Key))
                    Add($"{path}.key", "must be lower-case letters, digits and '-', starting with a letter, at most 60");
                else if (!seen.TryAdd(question.Key, question))
                    Add($"{path}.key", $"'{question.Key}' is the key of an earlier question");
                if (!QuestionTypes.All.Contains(question.Type ?? ""))
                    Add($"{path}.type", $"'{question.Type}' is not one of {string.Join(", ", QuestionTypes.All)}");
                if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > 1000)
                    Add($"{path}.text", "is required, at most 1000 characters");
                var choice = question.Type is QuestionTypes.Single or QuestionTypes.Multiple;
                if (choice && (question.Choices is not { Count: >= 2 } choices || choices.Any(string.IsNullOrWhiteSpace) || choices.Distinct().Count() != choices.Count))
                    Add($"{path}.choices", "must list at least two different choices");
                if (!choice && question.Choices is { Count: > 0 })
                    Add($"{path}.choices", $"are for single and multiple choice, not {question.Type}");
                if (question.Type == QuestionTypes.Rating && question.Max is < 2 or > 10)
                    Add($"{path}.max", "must be between 2 and 10");
                if (question.Type != QuestionTypes.Rating && question.Max is not null)
                    Add($"{path}.max", "is for a rating only; nps, csat and ces have fixed scales");
                if (question.MaxLength is not null && (question.Type != QuestionTypes.Text || question.MaxLength is < 1 or > QuestionTypes.MaxTextLength))
                    Add($"{path}.maxLength", $"is for text only, between 1 and {QuestionTypes.MaxTextLength}");
                if (question.ShowIf is { } condition)
                    CheckCondition($"{path}.showIf", condition, seen, question, Add);
            }
        }
        if (count > MaxQuestions)
            Add("pages", $"hold {count} questions; the limit is {MaxQuestions}");
        return errors;
    }

    // Only an earlier question, so a survey is answered top to bottom; its values must be answers it can have.
    private static void CheckCondition(string path, QuestionCondition condition, Dictionary<string, SurveyQuestion> earlier, SurveyQuestion self, Action<string, string> add)
    {
        if (condition.Question is not { } key || !earlier.TryGetValue(key, out var source) || source == self)
        {
            add($"{path}.question", $"'{condition.Question}' is not an earlier question");
            return;
        }
        if (condition.In is not { Count: > 0 } values)
            add($"{path}.in", "must list at least one answer");
        else if (source.Type == QuestionTypes.Text)
            add($"{path}.question", "cannot be a text question");
        else if (values.FirstOrDefault(v => !AnswerRules.Allows(source, v)) is { } bad)
            add($"{path}.in", $"'{bad}' is not an answer '{key}' can have");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,59}$")]
    private static partial Regex KeyPattern();
}
