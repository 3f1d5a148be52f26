using System.Text.RegularExpressions;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// A lesson file: front matter (<see cref="Fields"/>) and a body, which is the lesson's Markdown, or for a quiz its questions
/// (<see cref="QuizText"/>). The key is the file's name unless given, without a leading <c>01-</c> that only sorts the files.
/// </summary>
public static partial class LessonReader
{
    public static readonly IReadOnlyList<string> Fields = ["title", "order", "kind", "key", "url", "document", "minutes", "passMark", "attempts"];

    /// <param name="file">The file's name in errors.</param>
    /// <returns>The lesson, or null when its file could not be read as front matter and a body at all.</returns>
    public static LessonFile? Read(string path, string file, List<ContentError> errors)
    {
        if (MarkdownFile.Read(path, file, Fields, errors) is not { } markdown)
            return null;
        var front = markdown.Fields;
        var kind = front.Text("kind") ?? LessonKinds.Text;
        var (passMark, attempts) = (front.Number("passMark"), front.Number("attempts"));
        QuizDefinition? quiz = null;
        IReadOnlyList<int> questionLines = [];
        if (kind == LessonKinds.Quiz)
        {
            (var questions, questionLines) = QuizText.Read(markdown.Body, markdown.BodyLine, file, errors);
            quiz = new QuizDefinition(questions, passMark, attempts);
        }
        else if (LessonKinds.All.Contains(kind)) // an unknown kind is the rules' to name
            foreach (var setting in new[] { "passMark", "attempts" }.Where(front.Lines.ContainsKey))
                errors.Add(new ContentError(file, front.Lines[setting], $"{setting}: is for a quiz lesson, not {kind}"));
        var key = front.Text("key") ?? NumberPrefix().Replace(Path.GetFileNameWithoutExtension(path), "");
        var lesson = new LessonDefinition(key, front.Text("title"), kind, quiz is null && markdown.Body.Length > 0 ? markdown.Body : null,
            front.Text("url"), front.Text("document"), quiz, front.Number("minutes"));
        return new LessonFile(lesson, front.Number("order"), new LessonSource(file, front.Lines, markdown.BodyLine, questionLines));
    }

    [GeneratedRegex(@"^\d+[-_]")]
    private static partial Regex NumberPrefix();
}
