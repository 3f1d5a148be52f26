using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// Getting a survey to customers: the link by e-mail, a segment as one wave with its response rate, a reminder with a new
/// link, and the survey after a closed complaint, its answer tied to the case.
/// </summary>
public sealed partial class DistributionTests : FeedbackTest
{
    private Task InvitationTemplateAsync() => feedback.SaveTemplateAsync("feedback.survey-invitation", "Subject: {{ survey }}\n\nPlease answer: {{ link }}");

    private async Task<long> CustomerAsync(string name, bool consent = true, string? tag = null) =>
        (await (await feedback.Admin.Post("/api/customers", new { name, email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com", consentToContact = consent, tags = tag is null ? null : new[] { tag } }))
            .As<JsonElement>()).GetProperty("id").GetInt64();

    [Fact]
    public async Task An_invitation_e_mails_a_link_that_opens_the_survey()
    {
        await PublishedAsync(feedback);
        await InvitationTemplateAsync();

        var invitation = await (await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations", new { customerId = await CustomerAsync("Chen Jing") })).As<JsonElement>();
        await feedback.Host.DeliverOutboxAsync();

        Assert.True(invitation.GetProperty("emailed").GetBoolean());
        var link = Link().Match(Assert.Single(feedback.Mails())).Value;
        Assert.Equal(invitation.GetProperty("link").GetString(), link);
        // The link is the host's own address as it listens (no SurveyLinkBase set), and opens as sent.
        using var browser = new HttpClient();
        Assert.StartsWith($"{feedback.Host.AnonymousClient().BaseAddress!.GetLeftPart(UriPartial.Authority)}/api/feedback/answer/", link);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_segment_is_one_wave_that_leaves_out_those_without_consent_or_asked_lately_and_its_response_rate_follows_the_answers()
    {
        await PublishedAsync(feedback);
        await CustomerAsync("Willing One", tag: "vip");
        await CustomerAsync("Silent One", consent: false, tag: "vip");
        var asked = await CustomerAsync("Asked One", tag: "vip");
        await CustomerAsync("Not Vip");
        var early = await InviteAsync(feedback, asked);

        var wave = await (await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations/segment", new { filters = new { tag = "vip" } })).As<JsonElement>();
        (await AnswerAsync(feedback, early, new { nps = 9 })).EnsureSuccessStatusCode();
        var rates = (await (await feedback.Admin.GetAsync($"{SurveysApi}/after-delivery/waves")).As<JsonElement>()).GetProperty("items").EnumerateArray()
            .ToDictionary(w => w.GetProperty("wave").GetString()!, w => (w.GetProperty("invited").GetInt32(), w.GetProperty("answered").GetInt32(), w.GetProperty("responseRate").GetDecimal()));

        Assert.Equal((3, 1, 1, 1), (wave.GetProperty("matched").GetInt32(), wave.GetProperty("invited").GetInt32(),
            wave.GetProperty("withoutConsent").GetInt32(), wave.GetProperty("inQuietPeriod").GetInt32()));
        Assert.Equal((1, 0, 0m), rates[wave.GetProperty("wave").GetString()!]);
        Assert.Equal((1, 1, 100m), rates["single"]);
    }

    [Fact]
    public async Task A_segment_of_a_survey_not_published_is_refused_rather_than_counted_as_left_out()
    {
        (await feedback.Admin.Post(SurveysApi, Definition())).EnsureSuccessStatusCode();
        await CustomerAsync("Willing One", tag: "vip");

        using var refused = await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations/segment", new { filters = new { tag = "vip" } });

        Assert.Equal((HttpStatusCode.Conflict, "survey 'after-delivery' is draft; only a published survey takes answers"), (refused.StatusCode, (await refused.ProblemAsync()).Detail));
    }

    [Fact]
    public async Task An_unanswered_link_is_sent_again_once_with_a_new_token_and_the_first_stops_working()
    {
        await PublishedAsync(feedback);
        await InvitationTemplateAsync();
        var first = await InviteAsync(feedback, await CustomerAsync("Chen Jing"));

        feedback.Clock.Advance(TimeSpan.FromDays(6));
        await RemindersAsync();
        await RemindersAsync();

        var links = feedback.Mails().Select(m => Link().Match(m).Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.EndsWith(first, links[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(feedback, first, new { nps = 9 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AnswerAsync(feedback, links[1][(links[1].LastIndexOf('/') + 1)..], new { nps = 9 })).StatusCode);
    }

    [Fact]
    public async Task A_closed_complaint_asks_its_customer_and_the_answer_belongs_to_the_case()
    {
        await PublishedAsync(feedback);
        await InvitationTemplateAsync();
        (await feedback.Admin.PutAsJsonAsync("/api/plugins/feedback/settings", new { afterComplaintSurvey = "after-delivery" }, Json.Options)).EnsureSuccessStatusCode();
        var customer = await CustomerAsync("Chen Jing");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer, subject = "Late", description = "Two weeks late" });
        var resolved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "Refunded", version = complaint.Version })).As<JsonElement>();
        (await feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = resolved.GetProperty("version").GetInt64() })).EnsureSuccessStatusCode();
        await feedback.Host.DeliverOutboxAsync();

        var link = Link().Match(Assert.Single(feedback.Mails())).Value;
        (await AnswerAsync(feedback, link[(link.LastIndexOf('/') + 1)..], new { nps = 8 })).EnsureSuccessStatusCode();

        await using var scope = feedback.Host.Services.CreateAsyncScope();
        var answer = Assert.Single(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Answers);
        Assert.Equal($"complaint:{complaint.Id}", answer.RelatedTo);
        var waves = (await (await feedback.Admin.GetAsync($"{SurveysApi}/after-delivery/waves")).As<JsonElement>()).GetProperty("items");
        Assert.Equal("after-complaint", waves[0].GetProperty("wave").GetString());
    }

    private async Task RemindersAsync()
    {
        (await feedback.Admin.PostAsync("/api/jobs/feedback.survey-reminders/run", null)).EnsureSuccessStatusCode();
        await feedback.Host.DeliverOutboxAsync();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/api/feedback/answer/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
