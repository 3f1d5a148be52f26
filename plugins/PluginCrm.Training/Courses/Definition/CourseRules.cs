using System.Text.RegularExpressions;

namespace PluginCrm.Training.Courses.Definition;

/// <summary>What a course definition must be, every problem named by its path (<c>lessons[2].quiz.questions[0].correct</c>).</summary>
public static partial class CourseRules
{
    public const int MaxLessons = 200;
    public const int MaxQuestions = 100;
    private const string KeyRule = "must be lower-case letters, digits and '-', starting with a letter, at most 60";

    /// <summary>
    /// The problems of <paramref name="course"/>. A <paramref name="draft"/> being built up a piece at a time (the console's
    /// forms) may lack lessons and a quiz its questions; publishing checks it whole.
    /// </summary>
    public static Dictionary<string, string[]> Check(CourseDefinition course, bool draft = false)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        if (!IsKey(course.Key))
            Add("key", KeyRule);
        if (string.IsNullOrWhiteSpace(course.Title) || course.Title.Length > 200)
            Add("title", "is required, at most 200 characters");
        if (!Audiences.All.Contains(course.Audience ?? ""))
            Add("audience", $"'{course.Audience}' is not one of {string.Join(", ", Audiences.All)}");
        if (course.Summary is { Length: > 2000 })
            Add("summary", "is at most 2000 characters");
        for (var p = 0; p < (course.Prerequisites?.Count ?? 0); p++)
        {
            var prerequisite = course.Prerequisites![p];
            if (!IsKey(prerequisite))
                Add($"prerequisites[{p}]", KeyRule);
            else if (prerequisite == course.Key)
                Add($"prerequisites[{p}]", "is this course itself");
        }
        if (course.Lessons is not { Count: > 0 } lessons)
        {
            if (!draft)
                Add("lessons", "must hold at least one lesson");
            return errors;
        }
        if (lessons.Count > MaxLessons)
            Add("lessons", $"hold {lessons.Count} lessons; the limit is {MaxLessons}");
        var keys = new HashSet<string>();
        for (var l = 0; l < lessons.Count; l++)
            CheckLesson($"lessons[{l}]", lessons[l], keys, draft, Add);
        return errors;
    }

    private static void CheckLesson(string path, LessonDefinition? lesson, HashSet<string> keys, bool draft, Action<string, string> add)
    {
        if (lesson is null)
        {
            add(path, "is empty");
            return;
        }
        if (!IsKey(lesson.Key))
            add($"{path}.key", KeyRule);
        else if (!keys.Add(lesson.Key!))
            add($"{path}.key", $"'{lesson.Key}' is the key of an earlier lesson");
        if (string.IsNullOrWhiteSpace(lesson.Title) || lesson.Title.Length > 200)
            add($"{path}.title", "is required, at most 200 characters");
        if (lesson.Minutes is < 0 or > 6000)
            add($"{path}.minutes", "must be between 0 and 6000");
        if (lesson.Body is { Length: > 200_000 })
            add($"{path}.body", "is at most 200,000 characters");
        switch (lesson.Kind)
        {
            case LessonKinds.Text when string.IsNullOrWhiteSpace(lesson.Body):
                add($"{path}.body", "is required for a text lesson");
                break;
            case LessonKinds.Video when !IsWebAddress(lesson.Url):
                add($"{path}.url", "must be an http or https address for a video lesson");
                break;
            case LessonKinds.Document when string.IsNullOrWhiteSpace(lesson.Document) || lesson.Document.Length > 500:
                add($"{path}.document", "is required for a document lesson: a URL or a file name in the company's library, at most 500 characters");
                break;
            case LessonKinds.Quiz when lesson.Quiz is null:
                add($"{path}.quiz", "is required for a quiz lesson");
                break;
            case LessonKinds.Quiz:
                QuizRules.Check($"{path}.quiz", lesson.Quiz!, draft, add);
                break;
            case LessonKinds.Text or LessonKinds.Video or LessonKinds.Document:
                break;
            default:
                add($"{path}.kind", $"'{lesson.Kind}' is not one of {string.Join(", ", LessonKinds.All)}");
                break;
        }
        if (lesson.Kind != LessonKinds.Quiz && lesson.Quiz is not null)
            add($"{path}.quiz", $"is for a quiz lesson, not {lesson.Kind}");
        if (lesson.Url is not null && lesson.Kind != LessonKinds.Video && !IsWebAddress(lesson.Url))
            add($"{path}.url", "must be an http or https address");
    }

    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,59}$")]
    private static partial Regex KeyPattern();
}
