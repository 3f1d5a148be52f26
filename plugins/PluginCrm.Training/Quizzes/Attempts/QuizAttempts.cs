using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Learning;
using PluginCrm.Training.Quizzes.Scoring;

namespace PluginCrm.Training.Quizzes.Attempts;

/// <summary>
/// Scores an attempt at a quiz lesson of the learner's version and keeps it with each question's credit (for the item
/// statistics). A pass marks the lesson done, which may complete the course; a quiz passed, or out of attempts, takes no more.
/// </summary>
public sealed class QuizAttempts(TrainingDbContext db, Progressing progressing, TimeProvider time)
{
    public async Task<AttemptView> SubmitAsync(long enrolmentId, string lessonKey, AttemptRequest request, ActingUser user, CancellationToken ct)
    {
        var (enrolment, course, lesson) = await progressing.LessonAsync(enrolmentId, lessonKey, ct);
        if (lesson.Quiz is not { } quiz)
            throw new RecordConflictException($"lesson '{lessonKey}' is a {lesson.Kind} lesson, not a quiz: mark it done instead");
        if (QuizAnswers.Check(quiz, request.Answers) is { Count: > 0 } errors)
            throw new RecordValidationException(errors);
        var earlier = db.Attempts.Where(a => a.EnrolmentId == enrolmentId && a.LessonKey == lessonKey);
        if (await earlier.AnyAsync(a => a.Passed, ct))
            throw new RecordConflictException($"quiz '{lessonKey}' is passed already");
        var used = await earlier.CountAsync(ct);
        var allowed = quiz.AttemptsOrDefault;
        if (allowed > 0 && used >= allowed)
            throw new RecordConflictException($"no attempts left at quiz '{lessonKey}': {used} of {allowed} used");

        var result = QuizScorer.Score(quiz, request.Answers!);
        var attempt = new QuizAttempt
        {
            EnrolmentId = enrolmentId, LessonKey = lessonKey, Number = used + 1, Points = result.Points, MaxPoints = result.MaxPoints,
            Percent = result.Percent, Passed = result.Passed, SubmittedUtc = time.GetUtcNow().UtcDateTime,
            Items = result.Questions.Select(q => new AttemptItem { QuestionKey = q.Key, Answer = JsonSerializer.Serialize(q.Given), Credit = q.Credit }).ToList(),
        };
        db.Attempts.Add(attempt);
        if (result.Passed)
            await progressing.DoneAsync(enrolment, course, lessonKey, user, ct);
        else
            await db.SaveChangesAsync(ct);

        int? left = allowed == 0 ? null : allowed - attempt.Number;
        var reveal = result.Passed || left == 0;
        return new AttemptView(attempt.Number, result.Points, result.MaxPoints, result.Percent, quiz.PassMarkOrDefault, result.Passed, left,
            enrolment.CompletedUtc is not null,
            result.Questions.Select(q => new AttemptQuestionView(q.Key, q.Correct, q.Points, q.MaxPoints, q.Given, reveal ? q.Right : null, q.Explanation)).ToList());
    }
}
