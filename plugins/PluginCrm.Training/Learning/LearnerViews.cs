using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Learning;

/// <summary>Builds <see cref="EnrolmentView"/>s: the version the learner started, and its progress in it.</summary>
public sealed class LearnerViews(TrainingDbContext db, CourseAdmin courses, ISettings<TrainingSettings> settings, ICrmPublicAddress publicAddress)
{
    public async Task<EnrolmentView> ShowAsync(long enrolmentId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrolmentId, ct)
            ?? throw new RecordNotFoundException($"there is no enrolment {enrolmentId}");
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == enrolment.CourseId, ct);
        var definition = await courses.VersionAsync(course.Id, enrolment.VersionNumber, ct);
        var done = await db.Progress.AsNoTracking().Where(p => p.EnrolmentId == enrolmentId).ToDictionaryAsync(p => p.LessonKey, p => p.DoneUtc, ct);
        var attempts = (await db.Attempts.AsNoTracking().Where(a => a.EnrolmentId == enrolmentId).Select(a => new { a.LessonKey, a.Percent, a.Passed }).ToListAsync(ct))
            .ToLookup(a => a.LessonKey);
        var lessons = definition.Lessons!.Select(l => new LessonView(l.Key!, l.Title!, l.Kind!, l.Body, l.Url, l.Document, l.Minutes,
            done.ContainsKey(l.Key!), done.TryGetValue(l.Key!, out var at) ? at : null,
            l.Quiz is { } quiz ? Quiz(quiz, attempts[l.Key!].Select(a => (a.Percent, a.Passed)).ToList()) : null)).ToList();
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.EnrolmentId == enrolmentId)
            .Select(c => new { c.Code, c.IssuedUtc, c.RevokedUtc }).SingleOrDefaultAsync(ct);
        var publicBase = publicAddress.LinkBase((await settings.GetAsync(ct)).PublicBase);
        return new EnrolmentView(enrolment.Id, course.Key, definition.Title!, course.Audience, enrolment.VersionNumber, enrolment.CustomerId,
            enrolment.UserId, enrolment.Source, enrolment.EnrolledUtc, enrolment.CompletedUtc, enrolment.LessonsDone, enrolment.LessonsTotal,
            Percent(enrolment.LessonsDone, enrolment.LessonsTotal), lessons,
            certificate is null ? null : new CertificateSummary(certificate.Code, certificate.IssuedUtc, certificate.RevokedUtc, VerifyUrl(publicBase, certificate.Code)));
    }

    /// <summary>Where anyone checks a certificate: the public page under the host's address as customers reach it.</summary>
    public static string VerifyUrl(string publicBase, string code) => $"{publicBase.TrimEnd('/')}/api/training/certificates/{code}";

    public static decimal Percent(int done, int total) => total == 0 ? 0 : Math.Round(100m * done / total, 1, MidpointRounding.AwayFromZero);

    private static QuizView Quiz(QuizDefinition quiz, IReadOnlyList<(decimal Percent, bool Passed)> attempts) =>
        new(quiz.PassMarkOrDefault, quiz.AttemptsOrDefault, attempts.Count, attempts.Count == 0 ? null : attempts.Max(a => a.Percent), attempts.Any(a => a.Passed),
            quiz.Questions!.Select(q => new QuizQuestionView(q.Key!, q.Type!, q.Text!, q.Choices, q.PointsOrDefault)).ToList());
}
