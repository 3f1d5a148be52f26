using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;

namespace PluginCrm.Feedback.Demo;

/// <summary>
/// Dates a demo complaint's steps as a real desk's would follow its receipt (a reply within hours, a fix within days, a
/// close once the customer agrees) instead of all at the moment the demo is made, when the statistics read 645 hours to a
/// first response. The workflow stamps each step with the clock; the demo then moves its own rows' times back, in order,
/// a complaint received lately squeezed into the time since, none after now.
/// </summary>
public sealed class ComplaintHistory(FeedbackDbContext db)
{
    // Hours after the step before, by the step's kind: the least and the most.
    private static readonly Dictionary<string, (double Least, double Most)> Gaps = new()
    {
        ["respond"] = (0.25, 30), ["resolve"] = (2, 96), ["close"] = (1, 48), ["reopen"] = (12, 120),
    };

    public async Task SpreadAsync(long complaintId, Random random, DateTime nowUtc, CancellationToken ct)
    {
        var complaint = await db.Complaints.SingleAsync(c => c.Id == complaintId, ct);
        await db.Entry(complaint).ReloadAsync(ct); // the store moves a complaint on by ExecuteUpdate: a row tracked since its insert is stale
        var steps = await db.Events.Where(e => e.ComplaintId == complaintId).OrderBy(e => e.Id).ToListAsync(ct);
        var gaps = steps.Skip(1).Select(e => Gaps.TryGetValue(e.Kind, out var g) ? g.Least + random.NextDouble() * (g.Most - g.Least) : 0.5).ToList();
        var scale = Math.Min(1, (nowUtc - complaint.ReceivedUtc).TotalHours * 0.9 / Math.Max(gaps.Sum(), 0.01));
        var at = complaint.ReceivedUtc;
        steps[0].OccurredUtc = complaint.CreatedUtc = at;
        for (var i = 1; i < steps.Count; i++)
            steps[i].OccurredUtc = at = at.AddHours(gaps[i - 1] * scale);
        complaint.UpdatedUtc = at;
        complaint.FirstResponseUtc = complaint.FirstResponseUtc is null ? null : steps.First(s => s.Kind is "respond" or "resolve").OccurredUtc;
        complaint.ResolvedUtc = complaint.ResolvedUtc is null ? null : steps.Last(s => s.Kind == "resolve").OccurredUtc;
        complaint.ClosedUtc = complaint.ClosedUtc is null ? null : steps.Last(s => s.Kind == "close").OccurredUtc;
        await db.SaveChangesAsync(ct);
    }
}
