using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Entries;

/// <summary>One category: its complaints and entries in the period and in the period of the same length before it.</summary>
public sealed record CategoryTrend(string Category, int Count, int Previous, int Change, decimal? Growth);

/// <summary>
/// The categories of feedback that grow: complaints received and suggestions, reviews and comments in [from, to) against
/// the same length of time before, over what the caller sees, the fastest-growing first. Growth is (count − previous) ÷
/// previous × 100, null when there was none before.
/// </summary>
public sealed class CategoryGrowth(FeedbackDbContext db, ComplaintAccess complaints, FeedbackEntries entries)
{
    public async Task<IReadOnlyList<CategoryTrend>> ComputeAsync(DateTime from, DateTime to, ActingUser user, CancellationToken ct)
    {
        var before = from - (to - from);
        var complaintRows = await (await complaints.ListedAsync(db.Complaints.AsNoTracking(), user, ct))
            .Where(c => c.ReceivedUtc >= before && c.ReceivedUtc < to).Select(c => new { c.Category, c.ReceivedUtc }).ToListAsync(ct);
        var entryRows = await (await entries.VisibleAsync(user, ct))
            .Where(e => e.ReceivedUtc >= before && e.ReceivedUtc < to).Select(e => new { e.Category, e.ReceivedUtc }).ToListAsync(ct);
        return complaintRows.Concat(entryRows).GroupBy(r => r.Category).Select(g =>
            {
                var now = g.Count(r => r.ReceivedUtc >= from);
                var earlier = g.Count() - now;
                return new CategoryTrend(g.Key, now, earlier, now - earlier, earlier == 0 ? null : Math.Round((now - earlier) * 100m / earlier, 2));
            })
            .OrderByDescending(t => t.Change).ThenBy(t => t.Category).ToList();
    }
}
