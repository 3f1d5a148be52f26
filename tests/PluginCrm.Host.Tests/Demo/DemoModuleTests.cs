using System.Text.Json;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>What the built-in modules add to the demo through their demo contributors, read over their own endpoints.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoModuleTests(DemoHost demo)
{
    private sealed record Complaint(long Id, string Status, DateTime ReceivedUtc, int ReopenCount);
    private sealed record ComplaintPage(List<Complaint> Items, int Total);
    private sealed record Template(string Key);

    [Fact]
    public async Task Complaints_stand_in_every_status_with_ages_spread_over_weeks()
    {
        var page = await demo.Host.Client.Get<ComplaintPage>("/api/feedback/complaints?pageSize=200");
        var now = demo.Host.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(["closed", "inProgress", "open", "resolved"], page.Items.Select(c => c.Status).Distinct().Order());
        Assert.Contains(page.Items, c => c.ReopenCount > 0);
        Assert.Contains(page.Items, c => now - c.ReceivedUtc < TimeSpan.FromDays(3));
        Assert.Contains(page.Items, c => now - c.ReceivedUtc > TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Assignment_rules_route_by_region_and_the_public_pool_holds_customers()
    {
        var rules = await demo.Host.Client.Get<List<JsonElement>>("/api/lead-assignment/rules");
        var pool = await demo.Host.Client.Get<List<JsonElement>>("/api/lead-assignment/pool?type=customer");

        Assert.Equal(["east", "europe", "north-america", "south"], rules.Select(r => r.GetProperty("regions").GetString()).Distinct().Order());
        Assert.Equal(40, pool.Count);
        // routed this morning by the rules: new leads the admin captured without an owner now have one
        var routed = await demo.Host.Client.Get<ListPage<PluginCrm.Sdk.Records.LeadRecord>>("/api/leads?source=web&status=new&sort=-createdUtc&pageSize=4");
        Assert.All(routed.Items, l => Assert.NotNull(l.OwnerId));
    }

    [Fact]
    public async Task Every_template_a_module_renders_exists()
    {
        var keys = (await demo.Host.Client.Get<List<Template>>("/api/templates")).Select(t => t.Key).ToHashSet();

        Assert.Subset(keys, new HashSet<string>
        {
            "care.birthday", "care.order-follow-up", "care.complaint-follow-up", "feedback.complaint-assigned", "feedback.complaint-overdue",
            "lead-assignment.reclaim-warning", "lead-assignment.deadline-missed", "task.reminder", "task.overdue", "training.course-link", "training.event-reminder",
        });
    }

    [Fact]
    public async Task Training_has_courses_learners_over_months_certificates_and_coming_events()
    {
        var courses = await demo.Host.Client.Get<JsonElement>("/api/training/courses");
        var report = await demo.Host.Client.Get<JsonElement>("/api/training/reports/courses");
        var items = await demo.Host.Client.Get<JsonElement>("/api/training/reports/courses/getting-started/items");
        var events = await demo.Host.Client.Get<JsonElement>("/api/training/events");
        var completions = await demo.Host.Client.Get<JsonElement>("/api/training/reports/completions");

        Assert.Equal(["advanced-use", "getting-started", "handling-complaints"], courses.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("key").GetString()).Order());
        var total = report.GetProperty("total");
        Assert.InRange(total.GetProperty("completionRate").GetDecimal(), 0.3m, 0.95m);
        Assert.True(total.GetProperty("medianDays").GetDecimal() >= 1);
        Assert.All(items.GetProperty("items").EnumerateArray(), i => Assert.InRange(i.GetProperty("difficulty").GetDecimal(), 0.2m, 0.99m));
        Assert.Equal(2, events.GetProperty("items").GetArrayLength());
        Assert.All(completions.GetProperty("items").EnumerateArray(), c => Assert.NotNull(c.GetProperty("certificate").GetString()));
    }

    [Fact]
    public async Task A_scoring_run_as_of_today_answers_at_once()
    {
        var runs = await demo.Host.Client.Get<List<JsonElement>>("/api/value-scoring/runs");
        var kpis = await demo.Host.Client.Get<JsonElement>("/api/value-scoring/kpis");

        var run = Assert.Single(runs);
        Assert.Equal(DateOnly.FromDateTime(demo.Host.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"), run.GetProperty("asOf").GetString());
        Assert.True(run.GetProperty("customers").GetInt32() > 1500);
        Assert.Equal(JsonValueKind.Object, kpis.ValueKind);
    }
}

/// <summary>A module switched off while the demo is generated adds nothing; the others still add theirs.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoDisabledModuleTests(OtherSeedWithoutFeedbackHost demo)
{
    [Fact]
    public async Task A_disabled_module_contributes_nothing()
    {
        Assert.DoesNotContain(demo.Progress, l => l.StartsWith("feedback:", StringComparison.Ordinal));
        Assert.Contains(demo.Progress, l => l.StartsWith("lead-assignment:", StringComparison.Ordinal));
        (await demo.Host.Client.PostAsync("/api/plugins/feedback/enable", content: null)).EnsureSuccessStatusCode();

        var complaints = await demo.Host.Client.Get<JsonElement>("/api/feedback/complaints");
        Assert.Equal(0, complaints.GetProperty("total").GetInt32());
    }
}
