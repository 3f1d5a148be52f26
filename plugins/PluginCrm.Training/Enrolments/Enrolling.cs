using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Enrols learners in the version of a course current now. A learner enrolled already keeps its enrolment (and its
/// version); one who has not completed every prerequisite course is refused.
/// </summary>
public sealed class Enrolling(TrainingDbContext db, CourseAdmin courses, Learners learners, TimeProvider time)
{
    public async Task<EnrolmentBatch> EnrolAsync(string key, EnrolRequest request, ActingUser user, CancellationToken ct)
    {
        var course = await courses.FindAsync(key, ct);
        if (course.Status != CourseStatus.Published)
            throw new RecordConflictException($"course '{key}' is {course.Status}; learners enrol in a published course");
        var set = await learners.ResolveAsync(course, request, user, ct);
        return await EnrolAsync(course, set, user.UserId, ct);
    }

    /// <summary>Enrols <paramref name="set"/>; a single learner enrolled already, or missing a prerequisite, is refused with the reason.</summary>
    public async Task<EnrolmentBatch> EnrolAsync(Course course, LearnerSet set, long? byUserId, CancellationToken ct)
    {
        var definition = await courses.VersionAsync(course.Id, course.CurrentVersion, ct);
        var enrolled = await db.Enrolments.AsNoTracking().Where(e => e.CourseId == course.Id)
            .Where(e => set.CustomerIds.Contains(e.CustomerId ?? 0) || set.UserIds.Contains(e.UserId ?? 0))
            .Select(e => new { e.Id, e.CustomerId, e.UserId }).ToListAsync(ct);
        var prerequisites = definition.Prerequisites ?? [];
        var qualified = await QualifiedAsync(prerequisites, set, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<Enrolment>();
        var (already, missing) = (0, 0);
        foreach (var (customerId, userId) in set.Learners)
        {
            var learner = customerId is { } c ? $"customer {c}" : $"user {userId}";
            if (enrolled.FirstOrDefault(e => e.CustomerId == customerId && e.UserId == userId) is { } existing)
            {
                if (set.Single)
                    throw new RecordConflictException($"{learner} is enrolled in '{course.Key}' already (enrolment {existing.Id})");
                already++;
                continue;
            }
            if (!qualified.Contains((customerId, userId)))
            {
                if (set.Single)
                    throw new RecordConflictException($"{learner} has not completed {string.Join(", ", prerequisites.Select(p => $"'{p}'"))}, which '{course.Key}' requires");
                missing++;
                continue;
            }
            added.Add(new Enrolment
            {
                CourseId = course.Id, VersionNumber = course.CurrentVersion, CustomerId = customerId, UserId = userId, Source = set.Source,
                EnrolledByUserId = byUserId, EnrolledUtc = now, LessonsTotal = definition.Lessons!.Count,
            });
        }
        db.Enrolments.AddRange(added);
        await db.SaveChangesAsync(ct);
        return new EnrolmentBatch(course.Key, set.Source, set.Matched, added.Count, already, missing, set.NotAllowed, added.Select(e => e.Id).ToList());
    }

    // Learners who completed every prerequisite course (any version of it).
    private async Task<HashSet<(long?, long?)>> QualifiedAsync(IReadOnlyList<string> prerequisites, LearnerSet set, CancellationToken ct)
    {
        var everyone = set.Learners.ToHashSet();
        if (prerequisites.Count == 0)
            return everyone;
        var completed = await db.Enrolments.AsNoTracking().Where(e => e.CompletedUtc != null)
            .Join(db.Courses.Where(c => prerequisites.Contains(c.Key)), e => e.CourseId, c => c.Id, (e, c) => new { e.CustomerId, e.UserId, c.Key })
            .Where(e => set.CustomerIds.Contains(e.CustomerId ?? 0) || set.UserIds.Contains(e.UserId ?? 0))
            .ToListAsync(ct);
        return completed.GroupBy(e => ((long?)e.CustomerId, (long?)e.UserId))
            .Where(g => g.Select(e => e.Key).Distinct().Count() == prerequisites.Count).Select(g => g.Key).ToHashSet();
    }
}
