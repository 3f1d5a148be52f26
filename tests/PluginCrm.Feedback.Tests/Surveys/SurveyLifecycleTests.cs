using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>A survey from draft to closed: versions per published change, answers keeping theirs, and the command line.</summary>
public sealed class SurveyLifecycleTests : FeedbackTest
{
    [Fact]
    public async Task A_published_change_is_a_new_version_and_an_invitation_answers_the_one_it_was_sent_with()
    {
        var first = await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        var token = await InviteAsync(feedback, customer);
        var changed = Definition(title: "How was your delivery, really?");
        (await feedback.Admin.PutAsJsonAsync($"{SurveysApi}/after-delivery", changed, Json.Options)).EnsureSuccessStatusCode();
        var republished = await (await feedback.Admin.PostAsync($"{SurveysApi}/after-delivery/publish", null)).As<JsonElement>();
        var samePublishedAgain = await (await feedback.Admin.PostAsync($"{SurveysApi}/after-delivery/publish", null)).As<JsonElement>();

        var shown = await (await feedback.Host.AnonymousClient().GetAsync($"/api/feedback/answer/{token}")).As<JsonElement>();
        var answered = await (await AnswerAsync(feedback, token, new { nps = 9, csat = 5 })).As<JsonElement>();

        Assert.Equal((1, "published"), (first.GetProperty("currentVersion").GetInt32(), first.GetProperty("status").GetString()));
        Assert.Equal(2, republished.GetProperty("currentVersion").GetInt32());
        Assert.Equal(2, samePublishedAgain.GetProperty("versions").GetArrayLength());
        Assert.Equal(("How was your delivery?", 1), (shown.GetProperty("title").GetString(), shown.GetProperty("version").GetInt32()));
        Assert.DoesNotContain("陈静", shown.GetRawText());
        Assert.Equal((1, 2), (answered.GetProperty("version").GetInt32(), answered.GetProperty("items").GetInt32()));
    }

    [Fact]
    public async Task A_closed_survey_refuses_its_links_and_new_invitations()
    {
        await PublishedAsync(feedback);
        var token = await InviteAsync(feedback, await ConsentingCustomerAsync(feedback, "Li Wei"));
        (await feedback.Admin.PostAsync($"{SurveysApi}/after-delivery/close", null)).EnsureSuccessStatusCode();

        using var answer = await AnswerAsync(feedback, token, new { nps = 10 });
        using var invite = await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations", new { customerId = await ConsentingCustomerAsync(feedback, "Wang Fang") });

        Assert.Equal((HttpStatusCode.Conflict, "this survey is closed and takes no more answers"), (answer.StatusCode, (await answer.ProblemAsync()).Detail));
        Assert.Equal((HttpStatusCode.Conflict, "survey 'after-delivery' is closed; only a published survey takes answers"), (invite.StatusCode, (await invite.ProblemAsync()).Detail));
    }

    [Fact]
    public async Task A_bad_definition_is_a_400_naming_each_field_and_nothing_is_saved()
    {
        using var refused = await feedback.Admin.Post(SurveysApi, new { key = "x y", title = "T", pages = new[] { new { questions = new[] { new { key = "q", type = "stars", text = "?" } } } } });
        using var list = await feedback.Admin.GetAsync(SurveysApi);

        var problem = await refused.ProblemAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["key", "pages[0].questions[0].type"], problem.Errors!.Keys.Order());
        Assert.Equal(0, (await list.As<JsonElement>()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_rep_reads_surveys_but_may_not_define_publish_or_close_them()
    {
        await PublishedAsync(feedback);
        var (_, rep) = await feedback.Host.SignedInUserAsync("rep@example.test", Sdk.Access.CrmRole.Rep);

        using var read = await rep.GetAsync($"{SurveysApi}/after-delivery");
        using var create = await rep.Post(SurveysApi, Definition("mine"));
        using var close = await rep.PostAsync($"{SurveysApi}/after-delivery/close", null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [read.StatusCode, create.StatusCode, close.StatusCode]);
    }

    [Fact]
    public async Task The_command_line_adds_a_survey_from_a_json_file_lists_publishes_shows_and_closes_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(Definition("onboarding", "Your first week"), Json.Options));
        try
        {
            var added = await feedback.Host.RunCommandAsync("surveys", "add", file);
            var published = await feedback.Host.RunCommandAsync("surveys", "publish", "onboarding");
            var list = await feedback.Host.RunCommandAsync("surveys", "list");
            var show = await feedback.Host.RunCommandAsync("surveys", "show", "onboarding");
            var closed = await feedback.Host.RunCommandAsync("surveys", "close", "onboarding");
            var closedAgain = await feedback.Host.RunCommandAsync("surveys", "close", "onboarding");
            var missing = await feedback.Host.RunCommandAsync("surveys", "add", file + ".missing");

            Assert.Equal((0, "survey onboarding: draft, draft saved (5 questions); publish it with 'crm surveys publish onboarding'"), (added.Exit, added.Out.Trim()));
            Assert.Equal((0, "survey onboarding: published, version 1"), (published.Exit, published.Out.Trim()));
            Assert.Matches(@"onboarding\s+published\s+1\s+0\s+Your first week", list.Out);
            Assert.Contains("why (text, if nps in 0/1/2/3/4/5/6): What should we do better?", show.Out);
            Assert.Equal((0, "survey onboarding: closed, version 1"), (closed.Exit, closed.Out.Trim()));
            Assert.Equal((1, "crm: survey 'onboarding' is closed; only a published survey can be closed"), (closedAgain.Exit, closedAgain.Error.Trim()));
            Assert.Equal(2, missing.Exit);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
