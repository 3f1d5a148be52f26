using System.Text.RegularExpressions;

namespace PluginCrm.Training.Content.Reading;

/// <summary>Where a lesson came from: its file, the line of each front matter field, its body's first line and each question's heading.</summary>
public sealed partial record LessonSource(string File, IReadOnlyDictionary<string, int> Fields, int BodyLine, IReadOnlyList<int> QuestionLines)
{
    /// <summary>The line a complaint about <paramref name="path"/> (within the lesson: <c>title</c>, <c>quiz.questions[1].correct</c>) points at; 1 when it names no line.</summary>
    public int LineOf(string path)
    {
        if (QuestionPath().Match(path) is { Success: true } question && int.TryParse(question.Groups["index"].Value, out var index) && index < QuestionLines.Count)
            return QuestionLines[index];
        if (path is "body" or "quiz.questions")
            return BodyLine;
        // The quiz's own settings are front matter fields: quiz.passMark is written 'passMark:'.
        return Fields.GetValueOrDefault(path.StartsWith("quiz.", StringComparison.Ordinal) ? path["quiz.".Length..] : path, 1);
    }

    [GeneratedRegex(@"^quiz\.questions\[(?<index>\d+)\]")]
    private static partial Regex QuestionPath();
}
