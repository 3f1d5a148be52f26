using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;
using PluginCrm.Training.Enrolments;
using PluginCrm.Training.Learning;

namespace PluginCrm.Training.Learn;

/// <summary>
/// What a customer does through its link, without an account: the link is the credential, and it opens that customer's
/// enrolment in that course and nothing else. An unknown (or tampered) token is not found; an expired one is refused; a
/// learner who gives another e-mail address than the customer's is refused, so a forwarded link enrols nobody else.
/// </summary>
public sealed class PublicLearning(
    TrainingDbContext db, CourseAdmin courses, Enrolling enrolling, LearnerViews views, Progressing progressing, ICrmRecords records, TimeProvider time)
{
    public static readonly ActingUser Learner = ActingUser.System with { Name = "course link" };

    /// <summary>The customer's enrolment if it enrolled, else the course as it would learn it.</summary>
    public async Task<object> ShowAsync(string token, CancellationToken ct)
    {
        var link = await OpenAsync(token, ct);
        if (await EnrolmentIdAsync(link, ct) is { } enrolmentId)
            return new { enrolled = true, enrolment = await views.ShowAsync(enrolmentId, ct) };
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == link.CourseId, ct);
        var definition = await courses.VersionAsync(course.Id, course.CurrentVersion, ct);
        return new
        {
            enrolled = false, course = course.Key, title = definition.Title, summary = definition.Summary, expiresUtc = link.ExpiresUtc,
            lessons = definition.Lessons!.Select(l => new { l.Key, l.Title, l.Kind, l.Minutes }),
        };
    }

    public async Task<EnrolmentView> EnrolAsync(string token, SelfEnrolRequest request, CancellationToken ct)
    {
        var link = await OpenAsync(token, ct);
        var customer = await records.FindAsync<CustomerRecord>(link.CustomerId, ct) ?? throw new RecordNotFoundException("this link's learner is no longer a customer");
        if (string.IsNullOrWhiteSpace(request.Email))
            throw new RecordValidationException(new Dictionary<string, string[]> { ["email"] = ["is required: the address this link was sent to"] });
        if (customer.Email is not { Length: > 0 } email || !string.Equals(email.Trim(), request.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new RecordAccessDeniedException("this link was made for another learner: ask for a link of your own", hidesExistence: false);
        var enrolmentId = await EnrolmentIdAsync(link, ct);
        if (enrolmentId is null)
        {
            var course = await db.Courses.SingleAsync(c => c.Id == link.CourseId, ct);
            if (course.Status != CourseStatus.Published)
                throw new RecordConflictException($"the course '{course.Title}' takes no new learners now");
            var batch = await enrolling.EnrolAsync(course, new LearnerSet("link", 1, 0, [link.CustomerId], []), null, ct);
            enrolmentId = batch.EnrolmentIds[0];
        }
        var tracked = await db.Links.SingleAsync(l => l.Id == link.Id, ct);
        tracked.EnrolmentId = enrolmentId;
        await db.SaveChangesAsync(ct);
        return await views.ShowAsync(enrolmentId.Value, ct);
    }

    public async Task<EnrolmentView> DoneAsync(string token, string lesson, CancellationToken ct)
    {
        var enrolmentId = await EnrolledAsync(token, ct);
        await progressing.MarkDoneAsync(enrolmentId, lesson, Learner, ct);
        return await views.ShowAsync(enrolmentId, ct);
    }

    /// <summary>The enrolment the link opens; refused until the learner enrolled through it (or was enrolled).</summary>
    public async Task<long> EnrolledAsync(string token, CancellationToken ct) =>
        await EnrolmentIdAsync(await OpenAsync(token, ct), ct) ?? throw new RecordConflictException("enrol first: this link's learner is not enrolled in the course");

    private async Task<long?> EnrolmentIdAsync(LearnerLink link, CancellationToken ct) =>
        link.EnrolmentId ?? await db.Enrolments.Where(e => e.CourseId == link.CourseId && e.CustomerId == link.CustomerId).Select(e => (long?)e.Id).SingleOrDefaultAsync(ct);

    private async Task<LearnerLink> OpenAsync(string token, CancellationToken ct)
    {
        var hash = LinkTokens.Hash(token);
        var link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct) ?? throw new RecordNotFoundException("there is no such course link");
        if (link.ExpiresUtc <= time.GetUtcNow().UtcDateTime)
            throw new RecordConflictException($"this link expired on {link.ExpiresUtc:yyyy-MM-dd}: ask for a new one");
        return link;
    }
}
