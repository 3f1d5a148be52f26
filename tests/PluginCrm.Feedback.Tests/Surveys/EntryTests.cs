using System.Net;
using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// Suggestions, reviews and comments from any channel, with category and sentiment; seen by whoever reads the customer;
/// and the categories of feedback that grow against the period before.
/// </summary>
public sealed class EntryTests : FeedbackTest
{
    [Fact]
    public async Task A_review_is_kept_with_its_rating_and_sentiment_and_shown_on_the_timeline()
    {
        var customer = await ConsentingCustomerAsync(feedback, "陈静");

        var review = await (await feedback.Admin.Post("/api/feedback/entries", new { customerId = customer, kind = "review", text = "客服很耐心，问题解决得很及时。", category = "service", channel = "web", rating = 5 }))
            .As<JsonElement>();
        var timeline = await (await feedback.Admin.GetAsync($"/api/customers/{customer}/timeline")).As<JsonElement>();

        Assert.Equal(("positive", 5), (review.GetProperty("sentiment").GetString(), review.GetProperty("rating").GetInt32()));
        var entry = timeline.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "feedback");
        Assert.Equal(("Review (5/5): 客服很耐心，问题解决得很及时。", "service, by web, positive"), (entry.GetProperty("title").GetString(), entry.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Bad_feedback_is_a_400_naming_each_field()
    {
        using var refused = await feedback.Admin.Post("/api/feedback/entries", new { customerId = 999, kind = "rant", text = "", category = "weather", channel = "pigeon", rating = 9 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["category", "channel", "customerId", "kind", "rating", "text"], (await refused.ProblemAsync()).Errors!.Keys.Order());
    }

    [Fact]
    public async Task A_rep_lists_only_its_own_customers_feedback()
    {
        var team = await feedback.TeamAsync("east", reps: 2);
        var mine = await ConsentingCustomerAsync(feedback, "Mine", team.Reps[0].Id);
        var theirs = await ConsentingCustomerAsync(feedback, "Theirs", team.Reps[1].Id);
        (await team.Reps[0].Client.Post("/api/feedback/entries", new { customerId = mine, kind = "suggestion", text = "Offer gift wrapping." })).EnsureSuccessStatusCode();
        (await team.Reps[1].Client.Post("/api/feedback/entries", new { customerId = theirs, kind = "suggestion", text = "Deliver on Saturdays." })).EnsureSuccessStatusCode();
        using var notMine = await team.Reps[0].Client.Post("/api/feedback/entries", new { customerId = theirs, kind = "comment", text = "Hello" });

        var rep = await (await team.Reps[0].Client.GetAsync("/api/feedback/entries")).As<JsonElement>();
        var manager = await (await team.Manager.Client.GetAsync("/api/feedback/entries?kind=suggestion")).As<JsonElement>();

        Assert.Equal(["Offer gift wrapping."], rep.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(2, manager.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
    }

    [Fact]
    public async Task The_categories_that_grow_come_first_with_their_hand_computed_growth()
    {
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        var now = feedback.Clock.GetUtcNow().UtcDateTime;
        // Delivery: 1 in the previous 30 days, 3 in the last 30 → +2, (3 − 1) ÷ 1 × 100 = 200 %. Billing: 2 then 1 → −1, −50 %. Product: 0 then 1 → +1, no growth figure.
        foreach (var (category, daysAgo) in new[] { ("delivery", 40), ("delivery", 5), ("delivery", 3), ("billing", 50), ("billing", 45), ("billing", 2), ("product", 1) })
            (await feedback.Admin.Post("/api/feedback/entries", new { customerId = customer, kind = "comment", text = "noted", category, receivedUtc = now.AddDays(-daysAgo) })).EnsureSuccessStatusCode();
        await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer, subject = "Late", description = "Late again", category = "delivery" });

        var trends = (await (await feedback.Admin.GetAsync("/api/feedback/categories")).As<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(t => (t.GetProperty("category").GetString(), t.GetProperty("count").GetInt32(), t.GetProperty("previous").GetInt32(),
                t.GetProperty("growth").ValueKind == JsonValueKind.Null ? (decimal?)null : t.GetProperty("growth").GetDecimal())).ToList();

        Assert.Equal([("delivery", 3, 1, 200m), ("product", 1, 0, null), ("billing", 1, 2, -50m)], trends);
    }

    [Fact]
    public async Task The_console_lists_a_reps_feedback_and_filters_it_by_sentiment()
    {
        var team = await feedback.TeamAsync("east", reps: 2);
        var mine = await ConsentingCustomerAsync(feedback, "Mine", team.Reps[0].Id);
        var theirs = await ConsentingCustomerAsync(feedback, "Theirs", team.Reps[1].Id);
        (await team.Reps[0].Client.Post("/api/feedback/entries", new { customerId = mine, kind = "review", text = "Great service, very helpful.", rating = 5 })).EnsureSuccessStatusCode();
        (await team.Reps[0].Client.Post("/api/feedback/entries", new { customerId = mine, kind = "comment", text = "The parcel was late and broken." })).EnsureSuccessStatusCode();
        (await team.Reps[1].Client.Post("/api/feedback/entries", new { customerId = theirs, kind = "comment", text = "Their secret remark" })).EnsureSuccessStatusCode();
        using var browser = Sdk.Testing.ConsoleBrowser.As(team.Reps[0].Client);

        var all = WebUtility.HtmlDecode(await browser.PageAsync("/m/feedback/entries"));
        var negative = WebUtility.HtmlDecode(await browser.PageAsync("/m/feedback/entries?sentiment=negative"));

        Assert.Contains("Great service, very helpful.", all);
        Assert.Contains("The parcel was late and broken.", all);
        Assert.DoesNotContain("Their secret remark", all);
        Assert.Contains("The parcel was late and broken.", negative);
        Assert.DoesNotContain("Great service", negative);
    }
}
