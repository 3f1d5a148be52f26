using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>
/// Churn on satisfaction across two plugins: answers entered through the feedback plugin's survey API reach a scoring run
/// through ICustomerSatisfaction (neither plugin references the other). A detractor is a latest NPS of 6 or below, low
/// satisfaction a latest CSAT of 2 or below, each only when given within the satisfaction window (180 days by default).
/// </summary>
public sealed class SatisfactionChurnTests : IAsyncLifetime
{
    private const string Surveys = "/api/feedback/surveys";
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync(o => o.AddPlugin<Feedback.FeedbackPlugin>());
        await SurveyAsync("after-sales", anonymous: false);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_recent_detractor_is_warned_of_churn_and_a_promoter_buying_alike_is_not()
    {
        var detractor = await BuyerAsync("Detractor");
        var promoter = await BuyerAsync("Promoter");
        await AnswerAsync(detractor, "2025-10-02", new { nps = 3 });
        // A later survey asked only for CSAT: the NPS of October is still the latest NPS.
        await AnswerAsync(detractor, "2025-11-15", new { csat = 5 });
        await AnswerAsync(promoter, "2025-10-02", new { nps = 9, csat = 5 });

        var run = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((true, "detractor: NPS 3 on 2025-10-02 (6 or below, within 180 days)"), await SignalAsync(detractor, run, "detractor"));
        Assert.Equal((false, "CSAT 5 on 2025-11-15: low satisfaction only at 2 or below"), await SignalAsync(detractor, run, "low-satisfaction"));
        Assert.True(await WarnedAsync(detractor, run));
        Assert.Equal((false, "NPS 9 on 2025-10-02: detractor only at 6 or below"), await SignalAsync(promoter, run, "detractor"));
        Assert.False(await WarnedAsync(promoter, run));
        var listed = await SmallCrm.GetAsync(host, $"/api/value-scoring/scores?runId={run}&warning=detractor");
        Assert.Equal([detractor], listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetInt64()));
    }

    [Fact]
    public async Task A_recent_csat_of_2_is_low_satisfaction()
    {
        var unsatisfied = await BuyerAsync("Unsatisfied");
        await AnswerAsync(unsatisfied, "2025-12-31", new { csat = 2 });

        var run = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((true, "low satisfaction: CSAT 2 on 2025-12-31 (2 or below, within 180 days)"), await SignalAsync(unsatisfied, run, "low-satisfaction"));
        Assert.Equal((false, "no NPS answer"), await SignalAsync(unsatisfied, run, "detractor"));
        Assert.True(await WarnedAsync(unsatisfied, run));
    }

    [Fact]
    public async Task An_answer_older_than_the_window_does_not_count_until_the_window_is_widened()
    {
        var lapsed = await BuyerAsync("Lapsed");
        // 2025-05-01 to 2025-12-31: 244 days.
        await AnswerAsync(lapsed, "2025-05-01", new { nps = 2, csat = 1 });

        var run = await SmallCrm.RunAsync(host, "2025-12-31");
        (await host.Client.PutAsJsonAsync("/api/plugins/value-scoring/settings", new { satisfactionWindowDays = 244 })).EnsureSuccessStatusCode();
        var widened = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((false, "the latest NPS, 2 on 2025-05-01, is older than 180 days"), await SignalAsync(lapsed, run, "detractor"));
        Assert.Equal((false, "the latest CSAT, 1 on 2025-05-01, is older than 180 days"), await SignalAsync(lapsed, run, "low-satisfaction"));
        Assert.False(await WarnedAsync(lapsed, run));
        Assert.Equal((true, "detractor: NPS 2 on 2025-05-01 (6 or below, within 244 days)"), await SignalAsync(lapsed, widened, "detractor"));
    }

    [Fact]
    public async Task A_later_promoters_answer_replaces_an_earlier_detractors_and_a_run_as_of_before_it_still_sees_the_detractor()
    {
        var wonBack = await BuyerAsync("Won Back");
        await AnswerAsync(wonBack, "2025-08-01", new { nps = 3 });
        await AnswerAsync(wonBack, "2025-11-01", new { nps = 9 });

        var run = await SmallCrm.RunAsync(host, "2025-12-31");
        var before = await SmallCrm.RunAsync(host, "2025-10-31");

        Assert.Equal((false, "NPS 9 on 2025-11-01: detractor only at 6 or below"), await SignalAsync(wonBack, run, "detractor"));
        Assert.False(await WarnedAsync(wonBack, run));
        Assert.Equal((true, "detractor: NPS 3 on 2025-08-01 (6 or below, within 180 days)"), await SignalAsync(wonBack, before, "detractor"));
    }

    [Fact]
    public async Task An_anonymous_surveys_answers_never_count()
    {
        await SurveyAsync("anonymous-pulse", anonymous: true);
        var quiet = await BuyerAsync("Quiet Critic");
        await AnswerAsync(quiet, "2025-12-01", new { nps = 0, csat = 1 }, "anonymous-pulse");

        var run = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((false, "no NPS answer"), await SignalAsync(quiet, run, "detractor"));
        Assert.Equal((false, "no CSAT answer"), await SignalAsync(quiet, run, "low-satisfaction"));
        Assert.False(await WarnedAsync(quiet, run));
    }

    [Fact]
    public async Task With_the_feedback_module_off_satisfaction_is_not_checked()
    {
        var detractor = await BuyerAsync("Detractor");
        await AnswerAsync(detractor, "2025-10-02", new { nps = 3 });
        (await host.Client.PostAsync("/api/plugins/feedback/disable", null)).EnsureSuccessStatusCode();

        var run = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((false, "satisfaction not checked: the feedback module is not installed or is off"), await SignalAsync(detractor, run, "detractor"));
        Assert.Equal((false, "satisfaction not checked: the feedback module is not installed or is off"), await SignalAsync(detractor, run, "low-satisfaction"));
        Assert.False(await WarnedAsync(detractor, run));
    }

    [Fact]
    public async Task A_new_order_rescoring_the_customer_keeps_its_satisfaction_signals()
    {
        var detractor = await BuyerAsync("Detractor");
        await AnswerAsync(detractor, "2025-12-20", new { nps = 3, csat = 1 });
        await host.DeliverOutboxAsync(); // no run yet: the order steps have nothing to update
        var run = await SmallCrm.RunAsync(host, "2025-12-31");

        var order = await SmallCrm.OrderAsync(host, detractor, "2026-01-02", 100);
        await host.DeliverOutboxAsync();

        var rescored = await SmallCrm.GetAsync(host, $"/api/value-scoring/scores/{detractor}?runId={run}");
        Assert.Equal(order, rescored.GetProperty("updatedByOrderId").GetInt64());
        Assert.Equal((true, "detractor: NPS 3 on 2025-12-20 (6 or below, within 180 days)"), await SignalAsync(detractor, run, "detractor"));
        Assert.Equal((true, "low satisfaction: CSAT 1 on 2025-12-20 (2 or below, within 180 days)"), await SignalAsync(detractor, run, "low-satisfaction"));
    }

    [Fact]
    public async Task The_window_is_a_validated_setting()
    {
        var response = await host.Client.PutAsJsonAsync("/api/plugins/value-scoring/settings", new { satisfactionWindowDays = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.Equals("satisfactionWindowDays", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A customer buying monthly all of 2025: no silence, no falling spend, too few customers for BG/NBD, no complaint.</summary>
    private async Task<long> BuyerAsync(string name)
    {
        var customer = await SmallCrm.CustomerAsync(host, name);
        for (var month = 1; month <= 12; month++)
            await SmallCrm.OrderAsync(host, customer, $"2025-{month:00}-15", 100);
        return customer;
    }

    private async Task SurveyAsync(string key, bool anonymous)
    {
        var questions = new object[]
        {
            new { key = "nps", type = "nps", text = "How likely are you to recommend us?" },
            new { key = "csat", type = "csat", text = "How satisfied are you with our service?" },
        };
        (await host.Client.PostAsJsonAsync(Surveys, new { key, title = "After sales", anonymous, pages = new[] { new { questions } } })).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"{Surveys}/{key}/publish", null)).EnsureSuccessStatusCode();
    }

    /// <summary>An answer a rep enters from a call, given at 10:00 UTC on <paramref name="day"/>.</summary>
    private async Task AnswerAsync(long customerId, string day, object answers, string survey = "after-sales") =>
        (await host.Client.PostAsJsonAsync($"{Surveys}/{survey}/answers", new { customerId, channel = "phone", answeredUtc = $"{day}T10:00:00Z", answers }))
            .EnsureSuccessStatusCode();

    private async Task<JsonElement> ChurnAsync(long customer, long run) =>
        (await SmallCrm.GetAsync(host, $"/api/value-scoring/scores/{customer}?runId={run}"))
            .GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "churnWarning");

    private async Task<bool> WarnedAsync(long customer, long run) => (await ChurnAsync(customer, run)).GetProperty("value").GetBoolean();

    private async Task<(bool Fired, string Detail)> SignalAsync(long customer, long run, string name)
    {
        var signal = (await ChurnAsync(customer, run)).GetProperty("inputs").GetProperty("signals").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == name);
        return (signal.GetProperty("fired").GetBoolean(), signal.GetProperty("detail").GetString()!);
    }
}
