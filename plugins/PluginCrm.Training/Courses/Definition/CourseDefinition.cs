namespace PluginCrm.Training.Courses.Definition;

/// <summary>
/// A course as an admin writes it (JSON through the API, or a folder of Markdown files for <c>crm training import</c>):
/// its ordered lessons. Publishing a changed definition makes a new version; an enrolment keeps the version it started.
/// </summary>
/// <param name="Key">Lower-case letters, digits and '-', unique: <c>getting-started</c>.</param>
/// <param name="Audience"><c>customers</c> (product use) or <c>staff</c> (service and sales skills).</param>
/// <param name="Prerequisites">Keys of courses a learner must have completed before enrolling in this one.</param>
public sealed record CourseDefinition(
    string? Key, string? Title, string? Audience, IReadOnlyList<LessonDefinition>? Lessons, string? Summary = null,
    IReadOnlyList<string>? Prerequisites = null);

/// <summary>
/// One lesson. <paramref name="Kind"/> is one of <see cref="LessonKinds"/>: <c>text</c> (<paramref name="Body"/> in
/// Markdown), <c>video</c> (<paramref name="Url"/>, an http or https link, with an optional body), <c>document</c>
/// (<paramref name="Document"/>: a reference such as a URL or a file name in the company's library), <c>quiz</c>
/// (<paramref name="Quiz"/>). <paramref name="Minutes"/> is how long it takes, as the author estimates.
/// </summary>
public sealed record LessonDefinition(
    string? Key, string? Title, string? Kind, string? Body = null, string? Url = null, string? Document = null,
    QuizDefinition? Quiz = null, int? Minutes = null);

/// <summary>
/// A quiz: passed at <paramref name="PassMark"/> percent of its points or more (default 70), tried at most
/// <paramref name="Attempts"/> times (default 3; 0 for no limit).
/// </summary>
public sealed record QuizDefinition(IReadOnlyList<QuizQuestion>? Questions, int? PassMark = null, int? Attempts = null)
{
    public const int DefaultPassMark = 70;
    public const int DefaultAttempts = 3;

    public int PassMarkOrDefault => PassMark ?? DefaultPassMark;
    public int AttemptsOrDefault => Attempts ?? DefaultAttempts;
}

/// <summary>
/// One question, of a type in <see cref="QuestionTypes"/>. <paramref name="Choices"/> for single and multiple choice;
/// <paramref name="Correct"/> the right choices (by their text; <c>true</c> or <c>false</c> for a true/false question);
/// <paramref name="Accepted"/> the answers a short answer may be, compared after normalising case, width and spaces;
/// <paramref name="Explanation"/> is shown after an attempt; <paramref name="Points"/> default 1.
/// </summary>
public sealed record QuizQuestion(
    string? Key, string? Type, string? Text, IReadOnlyList<string>? Choices = null, IReadOnlyList<string>? Correct = null,
    IReadOnlyList<string>? Accepted = null, string? Explanation = null, int? Points = null)
{
    public int PointsOrDefault => Points ?? 1;
}
