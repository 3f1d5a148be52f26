using System.Text.Json;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Quizzes.Scoring;

/// <summary>
/// Scores an attempt (docs/training-content.md states the rules). Single choice and true/false earn all or nothing; multiple
/// choice earns (right picked − wrong picked) ÷ right choices, never below 0; a short answer earns all when it matches an
/// accepted answer once both are normalised (<see cref="AnswerNormaliser"/>). Pure: the same answers always score the same.
/// </summary>
public static class QuizScorer
{
    /// <exception cref="RecordValidationException">The answers do not pass <see cref="QuizAnswers.Check"/>.</exception>
    public static QuizResult Score(QuizDefinition quiz, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var errors = QuizAnswers.Check(quiz, answers);
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
        var questions = quiz.Questions!.Select(q => Question(q, QuizAnswers.Given(q, answers.TryGetValue(q.Key!, out var a) ? a : null))).ToList();
        var points = questions.Sum(q => q.Points);
        var max = questions.Sum(q => q.MaxPoints);
        var percent = max == 0 ? 0m : points * 100 / max;
        return new QuizResult(points, max, Round(percent), percent >= quiz.PassMarkOrDefault, questions);
    }

    private static QuestionResult Question(QuizQuestion question, IReadOnlyList<string> given)
    {
        var right = (question.Type == QuestionTypes.Short ? question.Accepted : question.Correct) ?? [];
        var (earned, of) = question.Type switch
        {
            QuestionTypes.Multiple => (Math.Max(0, given.Count(right.Contains) - given.Count(g => !right.Contains(g))), right.Count),
            QuestionTypes.Short => (given.Count == 1 && right.Any(a => AnswerNormaliser.Normalise(a) == AnswerNormaliser.Normalise(given[0])) ? 1 : 0, 1),
            _ => (given.SequenceEqual(right) ? 1 : 0, 1),
        };
        // From the fraction itself, not the divided-out credit: 2/3 of 3 points is exactly 2, where 0.666…7 × 3 is only near it.
        var points = Round((decimal)earned * question.PointsOrDefault / of);
        return new QuestionResult(question.Key!, (decimal)earned / of, points, question.PointsOrDefault, earned == of, given, right, question.Explanation);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
