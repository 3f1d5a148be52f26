namespace PluginCrm.Training.Courses.Definition;

/// <summary>What a quiz must be: a pass mark, attempts, and questions whose right answers are among their choices.</summary>
public static class QuizRules
{
    public static void Check(string path, QuizDefinition quiz, bool draft, Action<string, string> add)
    {
        if (quiz.PassMark is < 0 or > 100)
            add($"{path}.passMark", "must be a percentage between 0 and 100");
        if (quiz.Attempts is < 0 or > 100)
            add($"{path}.attempts", "must be between 0 (no limit) and 100");
        if (quiz.Questions is not { Count: > 0 } questions)
        {
            if (!draft)
                add($"{path}.questions", "must hold at least one question");
            return;
        }
        if (questions.Count > CourseRules.MaxQuestions)
            add($"{path}.questions", $"hold {questions.Count} questions; the limit is {CourseRules.MaxQuestions}");
        var keys = new HashSet<string>();
        for (var q = 0; q < questions.Count; q++)
        {
            var at = $"{path}.questions[{q}]";
            if (questions[q] is not { } question)
            {
                add(at, "is empty");
                continue;
            }
            if (!CourseRules.IsKey(question.Key))
                add($"{at}.key", "must be lower-case letters, digits and '-', starting with a letter, at most 60");
            else if (!keys.Add(question.Key!))
                add($"{at}.key", $"'{question.Key}' is the key of an earlier question");
            if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > 2000)
                add($"{at}.text", "is required, at most 2000 characters");
            if (question.Points is < 1 or > 100)
                add($"{at}.points", "must be between 1 and 100");
            if (question.Explanation is { Length: > 4000 })
                add($"{at}.explanation", "is at most 4000 characters");
            CheckAnswers(at, question, add);
        }
    }

    private static void CheckAnswers(string at, QuizQuestion question, Action<string, string> add)
    {
        var choices = question.Choices ?? [];
        var correct = question.Correct ?? [];
        switch (question.Type)
        {
            case QuestionTypes.Single or QuestionTypes.Multiple:
                if (choices.Count < 2 || choices.Any(string.IsNullOrWhiteSpace) || choices.Distinct().Count() != choices.Count)
                    add($"{at}.choices", "must list at least two different choices");
                else if (correct.FirstOrDefault(c => !choices.Contains(c)) is { } stray)
                    add($"{at}.correct", $"'{stray}' is not one of the choices");
                else if (question.Type == QuestionTypes.Single && correct.Count != 1)
                    add($"{at}.correct", "must name exactly one choice for a single-choice question");
                else if (correct.Count == 0 || correct.Distinct().Count() != correct.Count)
                    add($"{at}.correct", "must name at least one choice, each once");
                break;
            case QuestionTypes.TrueFalse:
                if (correct is not ["true"] and not ["false"])
                    add($"{at}.correct", "must be [\"true\"] or [\"false\"]");
                break;
            case QuestionTypes.Short:
                if (question.Accepted is not { Count: > 0 } accepted || accepted.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 200))
                    add($"{at}.accepted", "must list at least one accepted answer, each at most 200 characters");
                break;
            default:
                add($"{at}.type", $"'{question.Type}' is not one of {string.Join(", ", QuestionTypes.All)}");
                return;
        }
        if (question.Type is QuestionTypes.TrueFalse or QuestionTypes.Short && choices.Count > 0)
            add($"{at}.choices", $"are for single and multiple choice, not {question.Type}");
        if (question.Type != QuestionTypes.Short && question.Accepted is { Count: > 0 })
            add($"{at}.accepted", $"is for a short answer, not {question.Type}");
        if (question.Type == QuestionTypes.Short && correct.Count > 0)
            add($"{at}.correct", "is not for a short answer; list its answers under accepted");
    }
}
