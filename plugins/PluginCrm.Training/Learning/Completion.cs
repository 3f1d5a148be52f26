using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Training.Certificates;
using PluginCrm.Training.Contracts;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Learning;

/// <summary>
/// Saves a learner's progress and, when every lesson is done (every quiz passed), completes the enrolment: the
/// <c>enrolment.complete</c> message through the host's pipeline (a survey may follow it), and the certificate.
/// </summary>
public sealed class Completion(TrainingDbContext db, IPluginMessages messages, CertificateIssuer certificates, TimeProvider time)
{
    public async Task SaveAsync(Enrolment enrolment, Course course, ActingUser user, CancellationToken ct)
    {
        if (enrolment.CompletedUtc is not null || enrolment.LessonsDone < enrolment.LessonsTotal)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var before = RecordOf(enrolment, course);
        enrolment.CompletedUtc = time.GetUtcNow().UtcDateTime;
        await messages.RunAsync(new PluginMessage<CompletionRecord>(TrainingMessages.Complete, user, before, RecordOf(enrolment, course),
            async (record, token) =>
            {
                await certificates.IssueAsync(enrolment, course, token);
                await db.SaveChangesAsync(token);
                return record;
            }), ct);
    }

    public static CompletionRecord RecordOf(Enrolment enrolment, Course course) =>
        new(enrolment.Id, course.Key, course.Title, course.Audience, enrolment.VersionNumber, enrolment.CustomerId, enrolment.UserId,
            enrolment.EnrolledUtc, enrolment.CompletedUtc);
}
