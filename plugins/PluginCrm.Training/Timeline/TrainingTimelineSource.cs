using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;
using PluginCrm.Training.Data;
using PluginCrm.Training.Enrolments;

namespace PluginCrm.Training.Timeline;

/// <summary>
/// A customer's training on its timeline: each enrolment ("Enrolled in Getting started") and each completion
/// ("Completed Getting started", with the certificate's code). Sequence: the enrolment's id, doubled so that its two
/// entries stay apart.
/// </summary>
public sealed class TrainingTimelineSource(TrainingDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "training";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        // A customer has one enrolment per course at most, so its few rows are read whole and windowed here.
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CustomerId == customerId)
            .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e.Id, e.EnrolledUtc, e.CompletedUtc, c.Title, e.Source, e.EnrolledByUserId })
            .ToListAsync(cancellationToken);
        var rows = enrolments.Select(e => new TrainingEvent(e.Id * 2, e.Id, e.EnrolledUtc, false, e.Title, e.Source, e.EnrolledByUserId))
            .Concat(enrolments.Where(e => e.CompletedUtc is not null).Select(e => new TrainingEvent(e.Id * 2 + 1, e.Id, e.CompletedUtc!.Value, true, e.Title, e.Source, null)))
            .Where(e => window.Includes(e.WhenUtc, e.Sequence)).OrderByDescending(e => e.WhenUtc).ThenByDescending(e => e.Sequence).Take(window.Limit).ToList();
        var codes = await db.Certificates.AsNoTracking().Where(c => rows.Select(r => r.EnrolmentId).Contains(c.EnrolmentId)).ToDictionaryAsync(c => c.EnrolmentId, c => c.Code, cancellationToken);
        return rows.Select(r => new TimelineEntry(r.WhenUtc, r.Sequence, Kind, r.Completed ? $"Completed {r.Title}" : $"Enrolled in {r.Title}")
        {
            Record = EnrolmentOwnership.Of(r.EnrolmentId),
            Detail = r.Completed ? (codes.TryGetValue(r.EnrolmentId, out var code) ? $"certificate {code}" : null) : $"by {r.Source}",
            ActorUserId = r.ByUserId,
            Data = new Dictionary<string, object?> { ["enrolmentId"] = r.EnrolmentId, ["completed"] = r.Completed },
        }).ToList();
    }

    private sealed record TrainingEvent(long Sequence, long EnrolmentId, DateTime WhenUtc, bool Completed, string Title, string Source, long? ByUserId);
}
