using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// One course folder: <c>course.md</c> (front matter <see cref="Fields"/>; its body is the summary when the front matter has
/// none) and every other <c>*.md</c> file a lesson, ordered by <c>order</c> (lessons without one last), then file name. The
/// course then passes <see cref="CourseRules"/> as the API's would, each complaint put back on its file and line.
/// </summary>
public static class CourseReader
{
    public const string CourseFile = "course.md";
    public static readonly IReadOnlyList<string> Fields = ["key", "title", "audience", "summary", "prerequisites"];
    private static readonly EnumerationOptions MarkdownFiles = new() { MatchCasing = MatchCasing.CaseInsensitive };

    /// <param name="folder">The course's folder.</param>
    /// <param name="root">The imported directory: files are named relative to it.</param>
    public static CourseReading Read(string folder, string root)
    {
        var errors = new List<ContentError>();
        string Name(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        var courseFile = Path.Combine(folder, CourseFile);
        var markdown = MarkdownFile.Read(courseFile, Name(courseFile), Fields, errors);
        var lessons = Directory.EnumerateFiles(folder, "*.md", MarkdownFiles).Where(path => !IsCourseFile(path)).Order(StringComparer.Ordinal)
            .Select(path => LessonReader.Read(path, Name(path), errors)).OfType<LessonFile>()
            .OrderBy(lesson => lesson.Order ?? int.MaxValue).ThenBy(lesson => lesson.Source.File, StringComparer.Ordinal).ToList();
        var source = new CourseSource(Name(courseFile), markdown?.Fields.Lines ?? new Dictionary<string, int>(), lessons.Select(l => l.Source).ToList());
        if (markdown is null)
            return new CourseReading(null, InFileOrder(errors), source);

        var front = markdown.Fields;
        var summary = front.Text("summary");
        if (summary is not null && markdown.Body.Length > 0)
            errors.Add(new ContentError(source.File, markdown.BodyLine, "the body would be the summary, but the front matter has one; keep one of them"));
        var course = new CourseDefinition(front.Text("key") ?? new DirectoryInfo(folder).Name, front.Text("title"), front.Text("audience") ?? Audiences.Customers,
            lessons.Select(l => l.Lesson).ToList(), summary ?? (markdown.Body.Length > 0 ? markdown.Body : null), front.List("prerequisites"));
        // A file that did not read cleanly gives a half-read lesson, whose rule complaints would only repeat its error in worse words.
        var unread = errors.Select(e => e.File).ToHashSet();
        errors.AddRange(CourseRules.Check(course).Select(rule => source.Error(rule.Key, rule.Value[0])).Where(e => !unread.Contains(e.File)));
        return errors.Count == 0 ? new CourseReading(course, [], source) : new CourseReading(null, InFileOrder(errors), source);
    }

    private static List<ContentError> InFileOrder(List<ContentError> errors) =>
        errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();

    private static bool IsCourseFile(string path) => string.Equals(Path.GetFileName(path), CourseFile, StringComparison.OrdinalIgnoreCase);
}
