using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;

namespace PluginCrm.Training.Courses.Edit;

/// <summary>
/// A course's draft built up a piece at a time (the console's forms): a lesson, then a quiz's questions. Each change is
/// checked as the whole draft would be, its problems named by the request's own fields; learners see nothing until
/// the draft is published.
/// </summary>
public sealed class DraftEditing(CourseAdmin courses)
{
    public async Task<CourseView> AddLessonAsync(string key, LessonRequest request, CancellationToken ct)
    {
        var draft = (await courses.ShowAsync(key, ct)).Draft;
        var lessons = draft.Lessons ?? [];
        var quiz = request.Kind == LessonKinds.Quiz ? new QuizDefinition([], request.PassMark, request.Attempts) : null;
        var lesson = new LessonDefinition(request.Key, request.Title, request.Kind, Blank(request.Body), Blank(request.Url), Blank(request.Document), quiz, request.Minutes);
        return await SaveAsync(key, draft with { Lessons = [.. lessons, lesson] }, $"lessons[{lessons.Count}]", ct);
    }

    public async Task<CourseView> AddQuestionAsync(string key, QuestionRequest request, CancellationToken ct)
    {
        var draft = (await courses.ShowAsync(key, ct)).Draft;
        var lessons = (draft.Lessons ?? []).ToList();
        var at = lessons.FindIndex(l => l.Key == request.Lesson);
        if (at < 0 || lessons[at].Quiz is not { } quiz)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["lesson"] = [$"'{request.Lesson}' is not a quiz lesson of this course's draft"] });
        var questions = quiz.Questions ?? [];
        var question = new QuizQuestion(request.Key, request.Type, request.Text, request.Choices, request.Correct, request.Accepted, Blank(request.Explanation), request.Points);
        lessons[at] = lessons[at] with { Quiz = quiz with { Questions = [.. questions, question] } };
        return await SaveAsync(key, draft with { Lessons = lessons }, $"lessons[{at}].quiz.questions[{questions.Count}]", ct);
    }

    // Problems of the new piece are named as the form names its fields ("lessons[3].title" is "title").
    private async Task<CourseView> SaveAsync(string key, CourseDefinition draft, string piece, CancellationToken ct)
    {
        try
        {
            return await courses.ReplaceAsync(key, draft, ct);
        }
        catch (RecordValidationException invalid)
        {
            throw new RecordValidationException(invalid.Errors.ToDictionary(
                e => e.Key.StartsWith($"{piece}.", StringComparison.Ordinal) ? e.Key[(piece.Length + 1)..].Replace("quiz.", "") : e.Key, e => e.Value));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
