using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Tests.Support;

namespace PluginCrm.Feedback.Tests.Complaints;

/// <summary>The feedback module's section of a user's day (<c>GET /api/me/day</c>): the complaints given to it, not resolved.</summary>
public sealed class MyDayTests : FeedbackTest
{
    private sealed record DayItem(string Record, string Title, DateTime? DueUtc, string? Detail);

    private sealed record DaySection(string Key, string? Plugin, List<DayItem> Items);

    private sealed record MyDay(List<DaySection> Sections);

    private static async Task<List<DayItem>> OpenComplaintsAsync(Person person) =>
        (await (await person.Client.GetAsync("/api/me/day")).As<MyDay>()).Sections.Single(s => s.Key == "feedback.my-open-complaints").Items;

    [Fact]
    public async Task My_day_lists_the_complaints_given_to_me_until_they_are_resolved_the_next_deadline_first()
    {
        var team = await feedback.TeamAsync("east", 2);
        var (anna, bo) = (team.Reps[0], team.Reps[1]);
        var annas = await feedback.CustomerAsync("Wang Fang", anna.Id, team.Id);
        var bos = await feedback.CustomerAsync("Li Lei", bo.Id, team.Id);
        var now = feedback.Clock.GetUtcNow().UtcDateTime;
        // Normal: 24 hours to respond, 120 to resolve; high: 4 and 48.
        var normal = await feedback.ComplaintAsync(anna.Client, new { customerId = annas.Id, subject = "Cold tea", description = "It was cold.", priority = "normal" });
        var high = await feedback.ComplaintAsync(anna.Client, new { customerId = annas.Id, subject = "Broken vase", description = "In pieces.", priority = "high" });
        var resolved = await feedback.ComplaintAsync(anna.Client, new { customerId = annas.Id, subject = "Late parcel", description = "A week late." });
        await (await feedback.ActAsync(anna.Client, resolved.Id, "resolve", new { resolution = "Refunded", version = resolved.Version })).As<ComplaintRecord>();
        await feedback.ComplaintAsync(bo.Client, new { customerId = bos.Id, subject = "Bo's own", description = "Not Anna's." });

        Assert.Equal(
            [($"complaint:{high.Id}", "Broken vase", now.AddHours(4)), ($"complaint:{normal.Id}", "Cold tea", now.AddHours(24))],
            (await OpenComplaintsAsync(anna)).Select(i => (i.Record, i.Title, i.DueUtc!.Value)));

        // Answered: now due by its resolution deadline, 48 hours after receipt.
        await (await feedback.ActAsync(anna.Client, high.Id, "respond", new { text = "A new one is on its way.", version = high.Version })).As<ComplaintRecord>();
        var answered = (await OpenComplaintsAsync(anna)).Single(i => i.Record == $"complaint:{high.Id}");
        Assert.Equal((now.AddHours(48), "high, to resolve by the deadline"), (answered.DueUtc!.Value, answered.Detail));
    }
}
