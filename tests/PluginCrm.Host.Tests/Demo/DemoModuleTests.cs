using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>What the built-in modules add to the demo through their demo contributors, read over their own endpoints.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoModuleTests(DemoHost demo)
{
    private sealed record Complaint(
        long Id, long CustomerId, string Status, DateTime ReceivedUtc, int ReopenCount, DateTime? FirstResponseUtc, DateTime? ResolvedUtc, DateTime? ClosedUtc);
    private sealed record ComplaintPage(List<Complaint> Items, int Total);
    private sealed record Template(string Key);
    private sealed record LogEntry(string Recipient, string? Occasion, string Status);
    private sealed record LogPage(List<LogEntry> Items, int Total);

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
    public async Task A_complaints_steps_follow_its_receipt_by_hours_and_days_not_the_moment_the_demo_was_made()
    {
        var page = await demo.Host.Client.Get<ComplaintPage>("/api/feedback/complaints?pageSize=200");
        var now = demo.Host.Clock.GetUtcNow().UtcDateTime;

        var answered = page.Items.Where(c => c.FirstResponseUtc is not null).ToList();
        Assert.All(answered, c => Assert.InRange(c.FirstResponseUtc!.Value, c.ReceivedUtc, now));
        Assert.All(page.Items.Where(c => c.ResolvedUtc is not null), c => Assert.InRange(c.ResolvedUtc!.Value, c.FirstResponseUtc!.Value, now));
        Assert.All(page.Items.Where(c => c.ClosedUtc is not null), c => Assert.InRange(c.ClosedUtc!.Value, c.ResolvedUtc!.Value, now));
        // Answered within hours, most of them: the statistics read 645 hours when every step was dated the demo's making.
        var hours = answered.Select(c => (c.FirstResponseUtc!.Value - c.ReceivedUtc).TotalHours).Order().ToList();
        Assert.True(hours[hours.Count / 2] < 24, $"median hours to a first response: {hours[hours.Count / 2]:0.0}");
    }

    [Fact]
    public async Task Every_closed_complaint_of_a_customer_who_may_be_written_to_has_customer_cares_follow_up_queued()
    {
        // Feedback's demo closes the complaints; customer care (which depends on feedback) follows each close up with its own
        // template, which must be saved before feedback's data, not after it.
        var closed = await demo.Host.Client.Get<ComplaintPage>("/api/feedback/complaints?status=closed&pageSize=200");
        var followUps = await demo.Host.Client.Get<LogPage>("/api/notifications/log?templateKey=care.complaint-follow-up&pageSize=200");
        var writable = new List<Complaint>();
        foreach (var complaint in closed.Items)
        {
            var customer = await demo.Host.Client.Get<JsonElement>($"/api/customers/{complaint.CustomerId}");
            if (customer.GetProperty("consentToContact").GetBoolean() && customer.GetProperty("email").GetString() is { Length: > 0 })
                writable.Add(complaint);
        }

        Assert.NotEmpty(writable);
        Assert.Equal(writable.Select(c => $"complaint-follow-up:{c.Id}").Order(), followUps.Items.Select(n => n.Occasion).Order());
        Assert.All(followUps.Items, n => Assert.Equal("pending", n.Status, ignoreCase: true));
    }

    [Fact]
    public async Task The_birthday_greeting_in_chinese_parts_the_greeting_from_the_wish()
    {
        var customers = await demo.Host.Client.Get<JsonElement>("/api/customers?pageSize=100");
        var chinese = customers.GetProperty("items").EnumerateArray().First(c => c.GetProperty("language").GetString() == "zh");

        var response = await demo.Host.Client.PostAsJsonAsync("/api/templates/care.birthday/preview", new { recordType = "customer", recordId = chinese.GetProperty("id").GetInt64() });
        var output = (await response.As<JsonElement>()).GetProperty("output").GetString();

        Assert.Contains($"{chinese.GetProperty("name").GetString()}，您好！祝您生日快乐", output); // it read "您好祝您生日快乐"
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
    public async Task Every_template_a_module_or_the_host_renders_exists_with_its_body()
    {
        var keys = (await demo.Host.Client.Get<List<Template>>("/api/templates")).Select(t => t.Key).ToHashSet();

        Assert.Subset(keys, new HashSet<string>
        {
            "care.birthday", "care.order-follow-up", "care.complaint-follow-up", "feedback.complaint-assigned", "feedback.complaint-overdue",
            "lead-assignment.reclaim-warning", "lead-assignment.deadline-missed", "task.reminder", "task.overdue", "training.course-link", "training.event-reminder",
        });
        // Listed is not enough: the host's two were once saved without their version, so no reminder could be sent.
        foreach (var key in keys)
        {
            var template = await demo.Host.Client.Get<JsonElement>($"/api/templates/{key}");
            Assert.True(template.GetProperty("body").GetString() is { Length: > 0 }, $"{key} has no body");
        }
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
