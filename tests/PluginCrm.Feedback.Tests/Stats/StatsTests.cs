using System.Net;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Tests.Stats;

public sealed class StatsTests : FeedbackTest
{
    private sealed record Stats(
        int Open, Dictionary<string, int> OpenByStatus, Dictionary<string, int> OpenByPriority, Ages OpenByAge, Late Overdue, Resolved Resolved);

    private sealed record Ages(int UnderOneDay, int OneToThreeDays, int ThreeToSevenDays, int OverSevenDays);

    private sealed record Late(int Response, int Resolution);

    private sealed record Resolved(int Count, Hours HoursToFirstResponse, Hours HoursToResolution, double? ReopenedShare);

    private sealed record Hours(double? Mean, double? Median);

    [Fact]
    public async Task Open_complaints_by_status_priority_and_age_overdue_ones_and_resolution_times_match_a_hand_count()
    {
        var customer = await feedback.CustomerAsync("Everyone's customer");
        var t0 = feedback.Clock.GetUtcNow().UtcDateTime; // 2026-01-05 09:00
        async Task<ComplaintRecord> Complaint(string subject, string priority, TimeSpan ago) => await feedback.ComplaintAsync(feedback.Admin,
            new { customerId = customer.Id, subject, description = "d", priority, receivedUtc = t0 - ago });
        async Task<ComplaintRecord> Act(ComplaintRecord c, string action, object body) =>
            await (await feedback.ActAsync(feedback.Admin, c.Id, action, body)).As<ComplaintRecord>();

        var c1 = await Complaint("c1", "normal", TimeSpan.FromHours(48));  // received 01-03 09:00
        var c2 = await Complaint("c2", "high", TimeSpan.FromHours(10));    // 01-04 23:00
        var c3 = await Complaint("c3", "urgent", TimeSpan.FromDays(4));    // 01-01 09:00
        await Complaint("c4", "low", TimeSpan.FromDays(8));                // 12-28 09:00
        await Complaint("c5", "high", TimeSpan.FromMinutes(30));           // 01-05 08:30
        var c6 = await Complaint("c6", "normal", TimeSpan.FromHours(1));   // 01-05 08:00
        await Complaint("c7", "high", TimeSpan.FromHours(30));             // 01-04 03:00
        await Complaint("c8", "normal", TimeSpan.FromHours(2));            // 01-05 07:00

        c1 = await Act(c1, "respond", new { text = "sorry", version = c1.Version });   // 01-05 09:00
        c6 = await Act(c6, "respond", new { text = "sorry", version = c6.Version });
        feedback.Clock.Advance(TimeSpan.FromHours(6));                                  // 01-05 15:00
        c1 = await Act(c1, "resolve", new { resolution = "fixed", version = c1.Version });
        await Act(c2, "resolve", new { resolution = "fixed", version = c2.Version });   // no response before: the resolution is the first
        await Act(c3, "respond", new { text = "looking", version = c3.Version });
        feedback.Clock.Advance(TimeSpan.FromHours(2));                                  // 01-05 17:00
        c1 = await Act(c1, "close", new { version = c1.Version });
        c1 = await Act(c1, "reopen", new { reason = "not fixed", version = c1.Version });
        feedback.Clock.Advance(TimeSpan.FromHours(1));                                  // 01-05 18:00 = now
        await Act(c1, "resolve", new { resolution = "fixed now", version = c1.Version });
        await Act(c6, "resolve", new { resolution = "fixed", version = c6.Version });

        var stats = await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}/stats?from=2026-01-05&to=2026-01-06")).As<Stats>();

        // Open at 01-05 18:00: c3 (in progress), c4, c5, c7, c8 (open).
        Assert.Equal(5, stats.Open);
        Assert.Equal(new Dictionary<string, int> { ["open"] = 4, ["inProgress"] = 1 }, stats.OpenByStatus);
        Assert.Equal(new Dictionary<string, int> { ["low"] = 1, ["normal"] = 1, ["high"] = 2, ["urgent"] = 1 }, stats.OpenByPriority);
        // Ages: c5 9.5 h and c8 11 h under a day; c7 39 h; c3 105 h; c4 201 h.
        Assert.Equal(new Ages(2, 1, 1, 1), stats.OpenByAge);
        // Response late: c4 (due 12-30 09:00), c5 (due 12:30), c7 (due 01-04 07:00); c8 is due 01-06 07:00, c3 was answered.
        // Resolution late: c3 (due 01-02 09:00); c7 is due 01-06 03:00, c5 01-07 08:30, c4 01-07 09:00.
        Assert.Equal(new Late(3, 1), stats.Overdue);
        // Resolved on 01-05: c1 (first response 48 h, resolved 57 h, reopened), c2 (16 h, 16 h), c6 (1 h, 10 h).
        // First response: mean (48 + 16 + 1) / 3 = 21.67, median 16. Resolution: mean (57 + 16 + 10) / 3 = 27.67, median 16. Reopened 1 of 3.
        Assert.Equal(new Resolved(3, new Hours(21.67, 16), new Hours(27.67, 16), 0.3333), stats.Resolved);

        var later = await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}/stats?from=2026-01-06&to=2026-01-07")).As<Stats>();
        Assert.Equal(new Resolved(0, new Hours(null, null), new Hours(null, null), null), later.Resolved);
        Assert.Equal(5, later.Open);
        Assert.Equal(HttpStatusCode.BadRequest, (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}/stats?from=2026-01-06&to=2026-01-05")).StatusCode);
    }
}
