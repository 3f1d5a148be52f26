using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// The public answer by link: no account, the token its only key, one answer per invitation, every bad answer named,
/// and the customer asked only with consent and not again within the quiet period.
/// </summary>
public sealed class PublicAnswerTests : FeedbackTest
{
    [Fact]
    public async Task A_link_answers_once_and_a_tampered_or_expired_one_is_refused_in_words()
    {
        await PublishedAsync(feedback);
        var token = await InviteAsync(feedback, await ConsentingCustomerAsync(feedback, "陈静"));
        var expiring = await InviteAsync(feedback, await ConsentingCustomerAsync(feedback, "Li Wei"), expiresInDays: 1);

        using var first = await AnswerAsync(feedback, token, new { nps = 3, why = "The box was crushed." });
        using var again = await AnswerAsync(feedback, token, new { nps = 10 });
        using var tampered = await AnswerAsync(feedback, token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), new { nps = 10 });
        feedback.Clock.Advance(TimeSpan.FromDays(2));
        using var expired = await AnswerAsync(feedback, expiring, new { nps = 10 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("this link was used on ", (await again.ProblemAsync()).Detail);
        Assert.Equal((HttpStatusCode.NotFound, "this survey link is not valid: check that it was copied whole"), (tampered.StatusCode, (await tampered.ProblemAsync()).Detail));
        Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
        Assert.StartsWith("this link expired on ", (await expired.ProblemAsync()).Detail);
    }

    [Fact]
    public async Task A_browser_gets_the_page_posts_its_form_sees_its_errors_then_its_thanks()
    {
        var token = await PublishedLinkAsync();
        using var browser = PageBrowser();
        FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

        var page = await browser.GetStringAsync($"/api/feedback/answer/{token}");
        using var refused = await browser.PostAsync($"/api/feedback/answer/{token}", Form(("csat", "4"), ("why", "Too slow")));
        using var sent = await browser.PostAsync($"/api/feedback/answer/{token}", Form(("nps", "3"), ("csat", "4"), ("why", "Too slow")));
        using var again = await browser.GetAsync($"/api/feedback/answer/{token}");

        Assert.Contains("<input type=\"radio\" name=\"nps\" value=\"10\" />", page);
        Assert.Contains("<textarea id=\"q-why\" name=\"why\" rows=\"4\" maxlength=\"200\">", page);
        var form = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p id=\"q-nps-error\" class=\"error\">此题必答 · is required</p>", form);
        Assert.Contains("<input type=\"radio\" name=\"csat\" value=\"4\" checked />", form);
        Assert.Contains("Thank you for your answers!", await sent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("a survey is answered once", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_page_asks_the_follow_up_only_after_a_low_score_and_a_happy_customers_hidden_comment_is_dropped()
    {
        var token = await PublishedLinkAsync();
        using var browser = PageBrowser();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/api/feedback/answer/{token}"));
        // Typed while a 3 was picked, then the score changed to 9: the box is hidden again, and what it holds is not an answer.
        using var sent = await browser.PostAsync($"/api/feedback/answer/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nps"] = "9", ["csat"] = "5", ["why"] = "Too slow",
        }));

        Assert.Contains("form:not(:has(input[name=\"nps\"][value=\"0\"]:checked,", page);
        Assert.Contains("input[name=\"nps\"][value=\"6\"]:checked)) #q-why-question{display:none}", page);
        Assert.Contains("<fieldset class=\"question\" id=\"q-why-question\">", page);
        Assert.Contains("（仅当「How likely are you to recommend us?」选 0, 1, 2, 3, 4, 5, 6 时回答", page);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await using var scope = feedback.Host.Services.CreateAsyncScope();
        var answer = Assert.Single(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Answers.Include(a => a.Items));
        Assert.Equal(["csat:5", "nps:9"], answer.Items.Select(i => $"{i.QuestionKey}:{i.Number?.ToString() ?? i.Text}").Order());
    }

    [Fact]
    public async Task A_refused_field_on_the_page_is_told_in_chinese_and_english()
    {
        var token = await PublishedLinkAsync();
        using var browser = PageBrowser();

        using var refused = await browser.PostAsync($"/api/feedback/answer/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nps"] = "2", ["csat"] = "9", ["channel"] = "fax", ["why"] = new string('长', 201),
        }));

        var form = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("class=\"error\">请选择 1 到 5 之间的整数 · must be a whole number from 1 to 5</p>", form);
        Assert.Contains("class=\"error\">请选择其中一项 · must be one of web, phone, shop</p>", form);
        Assert.Contains("class=\"error\">共 201 字，最多 200 字 · is 201 characters; the limit is 200</p>", form);
    }

    [Fact]
    public async Task Every_bad_answer_is_named_by_its_question_and_nothing_is_kept()
    {
        await PublishedAsync(feedback);
        var token = await InviteAsync(feedback, await ConsentingCustomerAsync(feedback, "陈静"));

        using var refused = await AnswerAsync(feedback, token, new
        {
            csat = 6, effort = 2.5, channel = "fax", why = "asked only of detractors", colour = "blue",
        });
        using var tooLong = await AnswerAsync(feedback, token, new { nps = 2, why = new string('长', 201) });
        using var fine = await AnswerAsync(feedback, token, new { nps = 2, why = new string('长', 200) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(new Dictionary<string, string>
        {
            ["answers.colour"] = "is not a question of this survey",
            ["answers.nps"] = "is required",
            ["answers.csat"] = "must be a whole number from 1 to 5",
            ["answers.effort"] = "must be a whole number from 1 to 7",
            ["answers.channel"] = "must be one of web, phone, shop",
            ["answers.why"] = "is asked only after nps is one of 0, 1, 2, 3, 4, 5, 6",
        }, (await refused.ProblemAsync()).Errors!.ToDictionary(e => e.Key, e => Assert.Single(e.Value)));
        Assert.Equal("is 201 characters; the limit is 200", Assert.Single((await tooLong.ProblemAsync()).Errors!["answers.why"]));
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_surveys_answer_keeps_no_link_to_the_customer_nor_its_time()
    {
        await PublishedAsync(feedback, Definition("pulse", "Quick pulse", anonymous: true));
        feedback.Clock.Advance(TimeSpan.FromHours(15.5));
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        var token = await InviteAsync(feedback, customer, "pulse");

        (await AnswerAsync(feedback, token, new { nps = 8 })).EnsureSuccessStatusCode();

        await using var scope = feedback.Host.Services.CreateAsyncScope();
        var answer = Assert.Single(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Answers);
        Assert.Equal((null, null, null), (answer.CustomerId, answer.OwnerId, answer.TeamId));
        Assert.Equal(TimeSpan.Zero, answer.AnsweredUtc.TimeOfDay);
        var timeline = await (await feedback.Admin.GetAsync($"/api/customers/{customer}/timeline")).As<JsonElement>();
        Assert.DoesNotContain("Quick pulse", timeline.GetRawText());
    }

    [Fact]
    public async Task A_customer_is_asked_only_with_consent_and_not_again_within_the_quiet_period()
    {
        await PublishedAsync(feedback);
        var silent = (await (await feedback.Admin.Post("/api/customers", new { name = "No Contact", consentToContact = false })).As<JsonElement>()).GetProperty("id").GetInt64();
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        await InviteAsync(feedback, customer);

        using var noConsent = await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations", new { customerId = silent });
        feedback.Clock.Advance(TimeSpan.FromDays(29));
        using var tooSoon = await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations", new { customerId = customer });
        feedback.Clock.Advance(TimeSpan.FromDays(1.5));
        using var later = await feedback.Admin.Post($"{SurveysApi}/after-delivery/invitations", new { customerId = customer });

        Assert.Equal((HttpStatusCode.Conflict, $"customer {silent} has not agreed to be contacted"), (noConsent.StatusCode, (await noConsent.ProblemAsync()).Detail));
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Contains("the quiet period of 30 days lasts until", (await tooSoon.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }

    [Fact]
    public async Task A_comment_is_kept_with_its_sentiment_and_shown_on_the_timeline()
    {
        await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        (await AnswerAsync(feedback, await InviteAsync(feedback, customer), new { nps = 2, why = "送货太慢了，包装也破了。" })).EnsureSuccessStatusCode();

        var timeline = await (await feedback.Admin.GetAsync($"/api/customers/{customer}/timeline")).As<JsonElement>();

        var entry = timeline.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "survey-answer");
        Assert.Equal("NPS 2, \"送货太慢了，包装也破了。\" (negative) (by web)", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_answer_shows_on_the_customers_timeline_with_its_figures()
    {
        await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        (await AnswerAsync(feedback, await InviteAsync(feedback, customer), new { nps = 9, csat = 4, effort = 2 })).EnsureSuccessStatusCode();

        var timeline = await (await feedback.Admin.GetAsync($"/api/customers/{customer}/timeline")).As<JsonElement>();

        var entry = timeline.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "survey-answer");
        Assert.Equal(("Survey answered: How was your delivery?", "NPS 9, CSAT 4, effort 2 (by web)"),
            (entry.GetProperty("title").GetString(), entry.GetProperty("detail").GetString()));
    }

    // The token of a customer's link to the published survey.
    private async Task<string> PublishedLinkAsync()
    {
        await PublishedAsync(feedback);
        return await InviteAsync(feedback, await ConsentingCustomerAsync(feedback, "陈静"));
    }

    // A browser without an account: it asks for pages.
    private HttpClient PageBrowser()
    {
        var browser = feedback.Host.AnonymousClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return browser;
    }
}
