using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Day;

namespace PluginCrm.Feedback.Complaints.Mine;

/// <summary>The user's day: the complaints given to it that are not resolved yet, the next deadline first.</summary>
public sealed class MyOpenComplaintsSection(FeedbackDbContext db) : IDaySection
{
    public string Key => "my-open-complaints";

    public string Title => "My open complaints";

    public async Task<IReadOnlyList<DayItem>> ItemsAsync(ActingUser user, DayWindow day, CancellationToken cancellationToken)
    {
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.OwnerId != null && c.OwnerId == user.UserId && (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress))
            .ToListAsync(cancellationToken);
        return open
            .Select(c => (Complaint: c, Next: c.FirstResponseUtc is null ? c.RespondByUtc : c.ResolveByUtc))
            .OrderBy(c => c.Next).ThenBy(c => c.Complaint.Id)
            .Select(c => new DayItem(ComplaintOwnership.Of(c.Complaint.Id), c.Complaint.Subject, c.Next) { DetailText = Detail(c.Complaint) })
            .ToList();
    }

    private static DayText Detail(Complaint c) =>
        new(c.FirstResponseUtc is null ? "{0}, to answer by the deadline" : "{0}, to resolve by the deadline", c.Priority.ToString().ToLowerInvariant());
}
