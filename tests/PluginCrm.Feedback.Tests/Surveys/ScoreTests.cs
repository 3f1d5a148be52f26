using System.Net;
using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// CSAT, NPS and CES as DOMAIN.md defines them, on answers entered by reps, each expected figure worked out by hand in
/// the comments; an empty period has no score (null), not zero; a rep counts only its own customers' answers.
/// </summary>
public sealed class ScoreTests : FeedbackTest
{
    [Fact]
    public async Task The_scores_per_month_are_the_hand_computed_ones_and_an_empty_month_has_none()
    {
        await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        // January: NPS 10, 9, 8, 7, 6, 0 → 2 promoters, 2 detractors of 6 → (2 − 2) ÷ 6 × 100 = 0.
        //          CSAT 5, 4, 3, 1, 5 → 3 satisfied of 5 → 60. Effort 2, 3, 7 → mean 4.
        (int Nps, int? Csat, int? Effort)[] january = [(10, 5, 2), (9, 4, 3), (8, 3, 7), (7, 1, null), (6, 5, null), (0, null, null)];
        foreach (var (nps, csat, effort) in january)
            await EnterAsync(customer, new DateTime(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc), nps, csat, effort);
        // March: NPS 10, 10, 9, 3 → 3 promoters, 1 detractor of 4 → (3 − 1) ÷ 4 × 100 = 50. CSAT 2 → 0 of 1 → 0. No effort.
        foreach (var (nps, csat) in new (int, int?)[] { (10, 2), (10, null), (9, null), (3, null) })
            await EnterAsync(customer, new DateTime(2025, 3, 31, 23, 59, 0, DateTimeKind.Utc), nps, csat, null);

        var report = await (await feedback.Admin.GetAsync("/api/feedback/scores?from=2025-01-01&to=2025-04-01&by=month")).As<JsonElement>();

        var months = report.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("figures")).ToList();
        Assert.Equal(3, months.Count);
        Assert.Equal((6, 0m, 6, 2, 2, 60m, 5, 3, 4m, 3), Figures(months[0]));
        Assert.Equal((0, (decimal?)null, 0, 0, 0, (decimal?)null, 0, 0, (decimal?)null, 0), Figures(months[1]));
        Assert.Equal((4, 50m, 4, 3, 1, 0m, 1, 0, (decimal?)null, 0), Figures(months[2]));
        // The whole quarter: NPS (5 − 3) ÷ 10 × 100 = 20; CSAT 3 of 6 = 50; effort 4.
        Assert.Equal((10, 20m, 10, 5, 3, 50m, 6, 3, 4m, 3), Figures(report.GetProperty("total")));
    }

    [Fact]
    public async Task A_rep_counts_its_own_customers_answers_and_the_admin_everyones()
    {
        await PublishedAsync(feedback);
        var team = await feedback.TeamAsync("east", reps: 2);
        var mine = await ConsentingCustomerAsync(feedback, "Mine", team.Reps[0].Id);
        var theirs = await ConsentingCustomerAsync(feedback, "Theirs", team.Reps[1].Id);
        var now = feedback.Clock.GetUtcNow().UtcDateTime;
        await EnterAsync(mine, now, 10, null, null);
        await EnterAsync(theirs, now, 0, null, null);

        var rep = await (await team.Reps[0].Client.GetAsync("/api/feedback/scores")).As<JsonElement>();
        var manager = await (await team.Manager.Client.GetAsync("/api/feedback/scores")).As<JsonElement>();
        var admin = await (await feedback.Admin.GetAsync($"/api/feedback/scores?ownerId={team.Reps[1].Id}")).As<JsonElement>();

        Assert.Equal((1, 100m), (rep.GetProperty("total").GetProperty("npsAnswers").GetInt32(), rep.GetProperty("total").GetProperty("nps").GetDecimal()));
        Assert.Equal((2, 0m), (manager.GetProperty("total").GetProperty("npsAnswers").GetInt32(), manager.GetProperty("total").GetProperty("nps").GetDecimal()));
        Assert.Equal(-100m, admin.GetProperty("total").GetProperty("nps").GetDecimal());
    }

    [Fact]
    public async Task Bad_parameters_are_a_400_naming_each()
    {
        using var response = await feedback.Admin.GetAsync("/api/feedback/scores?from=2026-02-01&to=2026-01-01&by=year&teamId=east&colour=red");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["by", "colour", "from", "teamId"], (await response.ProblemAsync()).Errors!.Keys.Order());
    }

    [Fact]
    public async Task The_command_line_prints_the_same_scores()
    {
        await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        await EnterAsync(customer, new DateTime(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc), 10, 5, 2);
        await EnterAsync(customer, new DateTime(2025, 1, 11, 9, 0, 0, DateTimeKind.Utc), 5, 2, 5);

        var table = await feedback.Host.RunCommandAsync("feedback", "scores", "--from", "2025-01-01", "--to", "2025-02-01");
        var bad = await feedback.Host.RunCommandAsync("feedback", "scores", "--by", "month");

        // NPS (1 − 1) ÷ 2 = 0; CSAT 1 of 2 = 50; effort (2 + 5) ÷ 2 = 3.5.
        Assert.Matches(@"total\s+2\s+50\s+0\s+3\.5\s+2\s+2\s+2", table.Out);
        Assert.Equal((2, "crm: --by: needs from and to"), (bad.Exit, bad.Error.Trim()));
    }

    private async Task EnterAsync(long customer, DateTime answeredUtc, int nps, int? csat, int? effort)
    {
        var answers = new Dictionary<string, object> { ["nps"] = nps };
        if (csat is { } c)
            answers["csat"] = c;
        if (effort is { } e)
            answers["effort"] = e;
        await (await feedback.Admin.Post($"{SurveysApi}/after-delivery/answers", new { customerId = customer, channel = "phone", answeredUtc, answers })).As<JsonElement>();
    }

    private static (int, decimal?, int, int, int, decimal?, int, int, decimal?, int) Figures(JsonElement f) => (
        f.GetProperty("responses").GetInt32(), Number(f, "nps"), f.GetProperty("npsAnswers").GetInt32(), f.GetProperty("promoters").GetInt32(),
        f.GetProperty("detractors").GetInt32(), Number(f, "csat"), f.GetProperty("csatAnswers").GetInt32(), f.GetProperty("satisfied").GetInt32(),
        Number(f, "ces"), f.GetProperty("cesAnswers").GetInt32());

    private static decimal? Number(JsonElement f, string name) => f.GetProperty(name).ValueKind == JsonValueKind.Null ? null : f.GetProperty(name).GetDecimal();
}
