using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Screens;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;
using PluginCrm.Training.Quizzes.Attempts;

namespace PluginCrm.Training.Learning;

/// <summary>
/// A course learned in order, one lesson at a time (the console's learner screen): the next lesson, marking it done, or
/// answering its quiz with the answers as a flat object of question keys.
/// </summary>
public sealed class NextLessons(TrainingDbContext db, LearnerViews views, Progressing progressing, QuizAttempts attempts)
{
    public async Task<NextLessonView> ShowAsync(long enrolmentId, CancellationToken ct)
    {
        var view = await views.ShowAsync(enrolmentId, ct);
        var index = view.Lessons.ToList().FindIndex(l => !l.Done);
        var lesson = index < 0 ? null : view.Lessons[index];
        NextQuiz? quiz = null;
        if (lesson?.Quiz is { } q)
        {
            var used = await db.Attempts.CountAsync(a => a.EnrolmentId == enrolmentId && a.LessonKey == lesson.Key, ct);
            quiz = new NextQuiz(q.PassMark, used, q.Attempts == 0 ? null : Math.Max(0, q.Attempts - used), q.Questions.Select(Field).ToList());
        }
        return new NextLessonView(view.Id, view.Course, view.CourseTitle, view.LessonsDone, view.LessonsTotal, view.Percent, view.CompletedUtc,
            view.Certificate?.Code, lesson is null ? null : $"{index + 1} of {view.Lessons.Count}",
            lesson is null ? null : new NextLesson(lesson.Key, lesson.Title, lesson.Kind, lesson.Body, lesson.Url, lesson.Document, lesson.Minutes), quiz);
    }

    public async Task<NextLessonView> DoneAsync(long enrolmentId, ActingUser user, CancellationToken ct)
    {
        var next = await ShowAsync(enrolmentId, ct);
        if (next.Lesson is not { } lesson)
            throw new RecordConflictException("every lesson of this course is done");
        await progressing.MarkDoneAsync(enrolmentId, lesson.Key, user, ct);
        return await ShowAsync(enrolmentId, ct);
    }

    public async Task<AttemptView> AnswerAsync(long enrolmentId, Dictionary<string, JsonElement>? answers, ActingUser user, CancellationToken ct)
    {
        var next = await ShowAsync(enrolmentId, ct);
        if (next is not { Lesson: { } lesson, Quiz: not null })
            throw new RecordConflictException(next.Lesson is null ? "every lesson of this course is done" : $"lesson '{next.Lesson.Key}' is not a quiz: mark it done");
        // A form sends every question, null when left unanswered; unanswered earns nothing.
        var given = (answers ?? []).Where(a => a.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)).ToDictionary();
        return await attempts.SubmitAsync(enrolmentId, lesson.Key, new AttemptRequest(given), user, ct);
    }

    // A question as a form field: one choice, several, true or false, or a line of text.
    private static FormField Field(QuizQuestionView question) => question.Type switch
    {
        QuestionTypes.Single => new FormField(question.Key, question.Text, FieldKind.Choice) { Choices = Choices(question.Choices!) },
        QuestionTypes.Multiple => new FormField(question.Key, question.Text, FieldKind.ChoiceList) { Choices = Choices(question.Choices!), Help = "Tick every right answer." },
        QuestionTypes.TrueFalse => new FormField(question.Key, question.Text, FieldKind.Choice) { Choices = [new("true", "True"), new("false", "False")] },
        _ => new FormField(question.Key, question.Text),
    };

    private static IReadOnlyList<Choice> Choices(IEnumerable<string> choices) => choices.Select(c => new Choice(c, c)).ToList();
}
