using System.Text.RegularExpressions;

namespace PluginCrm.Training.Content.Reading;

/// <summary>Where a course came from: its <c>course.md</c>, the line of each of its fields, and its lessons in order.</summary>
public sealed partial record CourseSource(string File, IReadOnlyDictionary<string, int> Fields, IReadOnlyList<LessonSource> Lessons)
{
    /// <summary>
    /// A complaint about part of the definition, named as <see cref="Courses.Definition.CourseRules"/> and the API name it
    /// (<c>lessons[2].quiz.questions[0].correct</c>, <c>prerequisites[1]</c>), put on the file and line that part came from.
    /// </summary>
    public ContentError Error(string path, string message)
    {
        if (LessonPath().Match(path) is { Success: true } match && int.TryParse(match.Groups["index"].Value, out var index) && index < Lessons.Count)
        {
            var (lesson, within) = (Lessons[index], match.Groups["within"].Value);
            return within.Length == 0 ? new ContentError(lesson.File, 1, message) : new ContentError(lesson.File, lesson.LineOf(within), $"{within}: {message}");
        }
        var line = Fields.GetValueOrDefault(path, Fields.GetValueOrDefault(path.Split('[')[0], 1));
        return new ContentError(File, line, $"{path}: {message}");
    }

    [GeneratedRegex(@"^lessons\[(?<index>\d+)\](\.(?<within>.+))?$")]
    private static partial Regex LessonPath();
}
