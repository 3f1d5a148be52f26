using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Tests.Complaints;

/// <summary>Each action on a customer's complaints is on the customer's timeline, newest first, with who took it.</summary>
public sealed class CustomerTimelineTests : FeedbackTest
{
    private sealed record Page(List<Entry> Items, string? Next);

    private sealed record Entry(DateTime WhenUtc, string Kind, string Title, RecordRef? Record, string? Detail, long? ActorUserId, string? ActorName);

    [Fact]
    public async Task A_complaint_opened_answered_and_resolved_is_three_entries_on_its_customers_timeline()
    {
        var east = await feedback.TeamAsync("east", 1);
        var ann = east.Reps[0];
        var customer = await feedback.CustomerAsync("East Co", ann.Id, east.Id);
        var other = await feedback.CustomerAsync("West Co");
        var opened = feedback.Clock.GetUtcNow().UtcDateTime;
        var complaint = await feedback.ComplaintAsync(ann.Client, new { customerId = customer.Id, subject = "Late delivery", description = "Two weeks late" });
        await feedback.ComplaintAsync(feedback.Admin, new { customerId = other.Id, subject = "Not this one", description = "d" });
        feedback.Clock.Advance(TimeSpan.FromHours(1));
        var answered = await (await feedback.ActAsync(ann.Client, complaint.Id, "respond", new { text = "Sorry, on its way", version = complaint.Version })).As<ComplaintRecord>();
        feedback.Clock.Advance(TimeSpan.FromHours(1));
        await feedback.ActAsync(ann.Client, complaint.Id, "resolve", new { resolution = "Delivered", version = answered.Version });

        var page = await (await ann.Client.GetAsync($"/api/customers/{customer.Id}/timeline?kinds=complaint")).As<Page>();

        Assert.Equal(
            [
                (opened.AddHours(2), "Complaint resolved: Late delivery"),
                (opened.AddHours(1), "Complaint answered: Late delivery"),
                (opened, "Complaint opened: Late delivery"),
            ],
            page.Items.Select(i => (i.WhenUtc, i.Title)));
        Assert.Equal(["Delivered", "Sorry, on its way"], page.Items.Take(2).Select(i => i.Detail));
        Assert.All(page.Items, i => Assert.Equal((new RecordRef("complaint", complaint.Id), ann.Id, ann.Email), (i.Record, i.ActorUserId, i.ActorName)));
    }
}
