using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Reports;

/// <summary>The reports over HTTP, each counting the learners its caller sees, against numbers worked out by hand.</summary>
public sealed class ReportTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private static object OneLesson(string key, string title) => new
    {
        key, title, audience = "customers", lessons = new object[] { new { key = "read", title = "Read", kind = "text", body = "Read." } },
    };

    private async Task<long> EnrolAsync(HttpClient client, string course, long customerId) =>
        (await (await client.Post($"{TrainingHost.Courses}/{course}/enrolments", new { customerId })).As<JsonElement>()).GetProperty("enrolmentIds")[0].GetInt64();

    private async Task CompleteAsync(long enrolment) =>
        await (await training.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/read/done", null)).As<JsonElement>();

    [Fact]
    public async Task Completion_per_course_and_team_counts_what_the_caller_sees()
    {
        await training.PublishedCourseAsync("report-a", OneLesson("report-a", "Report course"));
        var teamId = await training.Host.CreateTeamAsync("Report team");
        var (rep, repClient) = await training.UserAsync("report.rep@example.test", CrmRole.Rep, teamId);
        var first = await EnrolAsync(repClient, "report-a", await training.CustomerAsync("Report one", rep.Id));
        var second = await EnrolAsync(repClient, "report-a", await training.CustomerAsync("Report two", rep.Id));
        await EnrolAsync(repClient, "report-a", await training.CustomerAsync("Report three", rep.Id));
        await EnrolAsync(training.Admin, "report-a", await training.CustomerAsync("Admin's learner"));
        training.Clock.Advance(TimeSpan.FromDays(2));
        await CompleteAsync(first);
        training.Clock.Advance(TimeSpan.FromDays(2));
        await CompleteAsync(second);

        var mine = await (await (await training.SignInAsync(rep.Email)).GetAsync("/api/training/reports/courses")).As<JsonElement>();
        var all = await (await training.Admin.GetAsync($"/api/training/reports/teams?teamId={teamId}")).As<JsonElement>();
        var badPeriod = await training.Admin.GetAsync("/api/training/reports/courses?from=2026-02-01&to=2026-01-01");

        // The rep's three: two completed, after 2 and 4 days.
        var course = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal((3, 2, 0.6666666666666666666666666667m, 3.0m, 3.0m), Figures(course.GetProperty("figures")));
        var team = Assert.Single(all.GetProperty("items").EnumerateArray());
        Assert.Equal(("Report team", 3), (team.GetProperty("team").GetString(), team.GetProperty("figures").GetProperty("enrolled").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }

    [Fact]
    public async Task Churn_of_trained_and_untrained_customers_over_the_same_period()
    {
        await training.PublishedCourseAsync("report-churn", OneLesson("report-churn", "Churn course"));
        var (rep, _) = await training.UserAsync("churn.rep@example.test", CrmRole.Rep);
        var ids = new Dictionary<string, long>();
        foreach (var name in new[] { "t1", "t2", "u1", "u2", "u3" })
            ids[name] = (await (await training.Admin.Post("/api/customers", new { name, ownerId = rep.Id, stage = "customer" })).As<JsonElement>()).GetProperty("id").GetInt64();
        await CompleteAsync(await EnrolAsync(training.Admin, "report-churn", ids["t1"]));
        await CompleteAsync(await EnrolAsync(training.Admin, "report-churn", ids["t2"]));
        var start = DateOnly.FromDateTime(training.Clock.GetUtcNow().UtcDateTime).AddDays(1);
        training.Clock.Advance(TimeSpan.FromDays(2));
        foreach (var name in new[] { "t1", "u1", "u2" })
            await ChurnAsync(ids[name]);

        var churn = await (await training.Admin.GetAsync($"/api/training/reports/churn?from={start:yyyy-MM-dd}&to={start.AddDays(7):yyyy-MM-dd}&ownerId={rep.Id}")).As<JsonElement>();
        var noStart = await training.Admin.GetAsync("/api/training/reports/churn");

        // Trained: t1, t2 at the start, t1 lost: 1/2. Untrained: u1, u2, u3, two lost: 2/3.
        var groups = churn.GetProperty("items").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!,
            g => (g.GetProperty("atStart").GetInt32(), g.GetProperty("lost").GetInt32(), g.GetProperty("churnRate").GetDecimal()));
        Assert.Equal((2, 1, 0.5m), groups["trained"]);
        Assert.Equal((3, 2, 2m / 3), groups["untrained"]);
        Assert.Equal("is required: churn divides by the customers at the start of the period", Assert.Single((await noStart.ProblemAsync()).Errors!["from"]));
    }

    private async Task ChurnAsync(long customerId)
    {
        await using var scope = training.Host.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ICrmRecords>();
        var customer = (await records.FindAsync<CustomerRecord>(customerId, CancellationToken.None))!;
        await records.UpdateAsync(customer with { Stage = LifecycleStage.Churned }, ActingUser.System, CancellationToken.None);
    }

    private static (int, int, decimal, decimal, decimal) Figures(JsonElement f) =>
        (f.GetProperty("enrolled").GetInt32(), f.GetProperty("completed").GetInt32(), f.GetProperty("completionRate").GetDecimal(),
            f.GetProperty("averageDays").GetDecimal(), f.GetProperty("medianDays").GetDecimal());
}
