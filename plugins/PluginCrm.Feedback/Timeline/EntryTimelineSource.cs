using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Feedback.Timeline;

/// <summary>The customer's suggestions, reviews and comments on its timeline: "Review (4/5): ..." with category, channel and sentiment.</summary>
public sealed class EntryTimelineSource(FeedbackDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "feedback";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Sdk.Timeline.TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var rows = await window.Apply(db.Entries.AsNoTracking().Where(e => e.CustomerId == customerId), e => e.ReceivedUtc, e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(e => new Sdk.Timeline.TimelineEntry(e.ReceivedUtc, e.Id, Kind,
            $"{char.ToUpperInvariant(e.Kind[0])}{e.Kind[1..]}{(e.Rating is { } r ? $" ({r}/5)" : "")}: {e.Text}")
        {
            Detail = $"{e.Category}, by {e.Channel}, {e.Sentiment}",
            ActorUserId = e.EnteredByUserId,
            Data = new Dictionary<string, object?> { ["entryId"] = e.Id, ["kind"] = e.Kind, ["sentiment"] = e.Sentiment },
        }).ToList();
    }
}
