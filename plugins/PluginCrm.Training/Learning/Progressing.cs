using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Learning;

/// <summary>A lesson marked done (read, watched, studied): once; a quiz is done only by passing it.</summary>
public sealed class Progressing(TrainingDbContext db, CourseAdmin courses, Completion completion, TimeProvider time)
{
    public async Task MarkDoneAsync(long enrolmentId, string lessonKey, ActingUser user, CancellationToken ct)
    {
        var (enrolment, course, lesson) = await LessonAsync(enrolmentId, lessonKey, ct);
        if (lesson.Kind == LessonKinds.Quiz)
            throw new RecordConflictException($"lesson '{lessonKey}' is a quiz: it is done when an attempt passes it");
        if (await db.Progress.AnyAsync(p => p.EnrolmentId == enrolmentId && p.LessonKey == lessonKey, ct))
            return;
        await DoneAsync(enrolment, course, lessonKey, user, ct);
    }

    /// <summary>Records the lesson done and completes the enrolment if it was the last one.</summary>
    public async Task DoneAsync(Enrolment enrolment, Course course, string lessonKey, ActingUser user, CancellationToken ct)
    {
        db.Progress.Add(new LessonProgress { EnrolmentId = enrolment.Id, LessonKey = lessonKey, DoneUtc = time.GetUtcNow().UtcDateTime });
        enrolment.LessonsDone++;
        await completion.SaveAsync(enrolment, course, user, ct);
    }

    /// <summary>The enrolment (tracked), its course and the lesson of its version; 404 when the version has no such lesson.</summary>
    public async Task<(Enrolment Enrolment, Course Course, LessonDefinition Lesson)> LessonAsync(long enrolmentId, string lessonKey, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.Id == enrolmentId, ct) ?? throw new RecordNotFoundException($"there is no enrolment {enrolmentId}");
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == enrolment.CourseId, ct);
        var definition = await courses.VersionAsync(course.Id, enrolment.VersionNumber, ct);
        var lesson = definition.Lessons!.SingleOrDefault(l => l.Key == lessonKey)
            ?? throw new RecordNotFoundException($"version {enrolment.VersionNumber} of course '{course.Key}' has no lesson '{lessonKey}'");
        return (enrolment, course, lesson);
    }
}
