using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Feedback.Timeline;

// Sdk.Timeline.TimelineEntry in full: this folder has its own TimelineEntry, a complaint's action as its API shows it.

/// <summary>
/// Each action on the customer's complaints on the customer's timeline: opened, assigned, answered, resolved, closed,
/// reopened, noted. The host shows an entry only to a caller who reads the complaint.
/// </summary>
public sealed class ComplaintTimelineSource(FeedbackDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "complaint";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Sdk.Timeline.TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        // A customer has few complaints (index on customer), each a handful of events (index on complaint).
        var events = db.Events.AsNoTracking()
            .Join(db.Complaints.AsNoTracking().Where(c => c.CustomerId == customerId), e => e.ComplaintId, c => c.Id, (e, c) => new Row { Event = e, Subject = c.Subject });
        var rows = await window.Apply(events, r => r.Event.OccurredUtc, r => r.Event.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new Sdk.Timeline.TimelineEntry(r.Event.OccurredUtc, r.Event.Id, Kind, $"Complaint {Verb(r.Event.Kind)}: {r.Subject}")
        {
            Record = new RecordRef(FeedbackMessages.RecordType, r.Event.ComplaintId),
            Detail = r.Event.Text,
            ActorUserId = r.Event.UserId,
            ActorName = r.Event.UserName,
            Data = new Dictionary<string, object?> { ["complaintId"] = r.Event.ComplaintId, ["action"] = r.Event.Kind },
        }).ToList();
    }

    private static string Verb(string action) => action switch
    {
        "create" => "opened",
        "assign" => "assigned",
        "respond" => "answered",
        "note" => "noted",
        "resolve" => "resolved",
        "close" => "closed",
        "reopen" => "reopened",
        _ => action,
    };

    // Properties, not a positional record: EF Core orders and filters on the members of what it projects into.
    private sealed record Row
    {
        public required ComplaintEvent Event { get; init; }
        public required string Subject { get; init; }
    }
}
