using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Learning;

namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Enrolments as a user may list them: customers' enrolments of the customers it reads, staff enrolments of the users
/// it oversees (itself; a manager its team; an admin everyone).
/// </summary>
public sealed class EnrolmentList(TrainingDbContext db, IRecordAccess access)
{
    public async Task<IQueryable<Enrolment>> VisibleAsync(ActingUser user, CancellationToken ct)
    {
        var customers = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        var users = await access.ScopeAsync(user, RecordTypes.User, ct);
        var enrolments = db.Enrolments.AsNoTracking();
        if (customers.All && users.All)
            return enrolments;
        var (customerIds, userIds) = (customers.Ids, users.Ids);
        return enrolments.Where(e => (e.CustomerId != null && (customers.All || customerIds.Contains(e.CustomerId.Value)))
            || (e.UserId != null && (users.All || userIds.Contains(e.UserId.Value))));
    }

    public async Task<EnrolmentPage> ListAsync(ActingUser user, string? course, long? customerId, long? userId, bool? completed, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1 || pageSize is < 1 or > 500)
            throw new RecordValidationException(new Dictionary<string, string[]> { [page < 1 ? "page" : "pageSize"] = [page < 1 ? "must be 1 or more" : "must be between 1 and 500"] });
        var rows = await VisibleAsync(user, ct);
        if (course is not null)
            rows = rows.Where(e => db.Courses.Any(c => c.Id == e.CourseId && c.Key == course));
        if (customerId is not null)
            rows = rows.Where(e => e.CustomerId == customerId);
        if (userId is not null)
            rows = rows.Where(e => e.UserId == userId);
        if (completed is not null)
            rows = rows.Where(e => (e.CompletedUtc != null) == completed);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(e => e.EnrolledUtc).ThenByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e, c.Key, c.Title, c.Audience }).ToListAsync(ct);
        return new EnrolmentPage(items.Select(r => new EnrolmentRow(r.e.Id, r.Key, r.Title, r.Audience, r.e.VersionNumber, r.e.CustomerId, r.e.UserId,
            r.e.Source, r.e.EnrolledUtc, r.e.CompletedUtc, r.e.LessonsDone, r.e.LessonsTotal, LearnerViews.Percent(r.e.LessonsDone, r.e.LessonsTotal))).ToList(),
            total, page, pageSize);
    }
}
