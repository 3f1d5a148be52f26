using System.Net;
using System.Net.Http.Json;
using PluginCrm.Host.Notifications;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.CustomerCare.Tests;

/// <summary>
/// The follow-up after a closed complaint: the feedback plugin publishes <c>complaint.close</c> and <c>complaint.reopen</c>
/// through the host's pipeline, and care (another plugin, no reference between them) follows up from its own step.
/// </summary>
public sealed class ComplaintFollowUpTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const string FollowUp = "Subject: About your complaint: {{ complaint.subject }}\n\n{{ crm_text.greeting customer.name 'en' }} we closed it: {{ complaint.resolution }}. Is all well now?";

    [Fact]
    public async Task A_closed_complaint_is_followed_up_the_configured_days_later_and_only_once()
    {
        await using var care = await CareHost.StartAsync(Monday, withFeedback: true);
        await care.SaveTemplateAsync("care.complaint-follow-up", FollowUp);
        Assert.Equal(HttpStatusCode.OK, (await care.PutSettingsAsync(new { complaintFollowUpDays = 2 })).StatusCode);
        var ada = await care.CustomerAsync("Ada Lovelace");
        var complaint = await ComplainAsync(care, ada.Id, "Parcel arrived broken");

        complaint = await ActAsync(care, complaint, "resolve", new { resolution = "a new parcel went out today" });
        complaint = await ActAsync(care, complaint, "close", new { });
        await care.Host.DeliverOutboxAsync();
        Assert.Empty(care.Mails());

        care.Host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await care.Host.DeliverOutboxAsync();
        Assert.Empty(care.Mails());
        care.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await care.Host.DeliverOutboxAsync();

        var mail = Assert.Single(care.Mails());
        Assert.Equal(("About your complaint: Parcel arrived broken", "Dear Ada Lovelace, we closed it: a new parcel went out today. Is all well now?"),
            (mail.Subject, mail.TextBody!.Trim()));
        Assert.Equal([($"complaint-follow-up:{complaint.Id}", NotificationStatus.Sent)], (await care.LogAsync()).Select(l => (l.Occasion!, l.Status)));

        // Reopened after the follow-up went, and closed again after a restart: the customer is not asked twice.
        await care.RestartAsync(Monday.AddDays(5));
        complaint = await ActAsync(care, complaint, "reopen", new { reason = "the new parcel is broken too" });
        complaint = await ActAsync(care, complaint, "resolve", new { resolution = "refunded" });
        await ActAsync(care, complaint, "close", new { });
        care.Host.Clock.Advance(TimeSpan.FromDays(3));
        await care.Host.DeliverOutboxAsync();
        Assert.Single(care.Mails());
    }

    [Fact]
    public async Task Reopening_before_the_follow_up_goes_withdraws_it_and_the_next_close_schedules_it_anew()
    {
        await using var care = await CareHost.StartAsync(Monday, withFeedback: true);
        await care.SaveTemplateAsync("care.complaint-follow-up", FollowUp);
        Assert.Equal(HttpStatusCode.OK, (await care.PutSettingsAsync(new { complaintFollowUpDays = 2 })).StatusCode);
        var ada = await care.CustomerAsync("Ada Lovelace");
        var complaint = await ComplainAsync(care, ada.Id, "Charged twice");
        complaint = await ActAsync(care, complaint, "resolve", new { resolution = "one charge refunded" });
        complaint = await ActAsync(care, complaint, "close", new { });

        care.Host.Clock.Advance(TimeSpan.FromDays(1));
        complaint = await ActAsync(care, complaint, "reopen", new { reason = "the refund never arrived" });
        care.Host.Clock.Advance(TimeSpan.FromDays(1)); // the first follow-up would have gone now
        await care.Host.DeliverOutboxAsync();
        Assert.Empty(care.Mails());
        Assert.Empty(await care.LogAsync());

        complaint = await ActAsync(care, complaint, "resolve", new { resolution = "refunded by bank transfer" });
        await ActAsync(care, complaint, "close", new { });
        care.Host.Clock.Advance(TimeSpan.FromDays(2));
        await care.Host.DeliverOutboxAsync();

        var mail = Assert.Single(care.Mails());
        Assert.Contains("refunded by bank transfer", mail.TextBody);
    }

    [Fact]
    public async Task Closing_works_without_the_template_or_with_care_switched_off_and_then_nothing_is_sent()
    {
        await using var care = await CareHost.StartAsync(Monday, withFeedback: true);
        Assert.Equal(HttpStatusCode.OK, (await care.PutSettingsAsync(new { complaintFollowUpDays = 0 })).StatusCode);
        var ada = await care.CustomerAsync("Ada Lovelace");
        var first = await ComplainAsync(care, ada.Id, "Rude driver");
        first = await ActAsync(care, first, "resolve", new { resolution = "spoke to the driver" });
        await ActAsync(care, first, "close", new { }); // no template yet: closed all the same

        await care.SaveTemplateAsync("care.complaint-follow-up", FollowUp);
        (await care.Host.Client.PostAsync("/api/plugins/customer-care/disable", null)).EnsureSuccessStatusCode();
        var second = await ComplainAsync(care, ada.Id, "Late again");
        second = await ActAsync(care, second, "resolve", new { resolution = "voucher sent" });
        await ActAsync(care, second, "close", new { });
        await care.Host.DeliverOutboxAsync();

        Assert.Empty(await care.LogAsync());
        Assert.Empty(care.Mails());
        Assert.Contains("There is no message template 'care.complaint-follow-up'", care.LogText());
    }

    private static async Task<ComplaintRecord> ComplainAsync(CareHost care, long customerId, string subject)
    {
        var response = await care.Host.Client.PostAsJsonAsync("/api/feedback/complaints",
            new { customerId, subject, description = subject + ", as the customer said on the phone", category = "delivery", channel = "phone" }, CareHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ComplaintRecord>(CareHost.Json))!;
    }

    private static async Task<ComplaintRecord> ActAsync(CareHost care, ComplaintRecord complaint, string action, object body)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToNode(body, CareHost.Json)!.AsObject();
        fields["version"] = complaint.Version;
        var response = await care.Host.Client.PostAsJsonAsync($"/api/feedback/complaints/{complaint.Id}/{action}", fields, CareHost.Json);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ComplaintRecord>(CareHost.Json))!;
    }
}
