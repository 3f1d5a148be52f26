using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Jobs;

/// <summary>The scheduled jobs, run by moving the host's clock: reclaim into the pool, the response deadline, the queue.</summary>
public sealed class JobTests : IAsyncLifetime
{
    private AssignmentHost host = null!;
    private long team;
    private List<Rep> reps = null!;

    public async Task InitializeAsync()
    {
        host = await AssignmentHost.StartAsync();
        (team, reps) = await host.TeamAsync("East", 2, signIn: true);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Decision(string Action, long RecordId, long? FromOwnerId, long? ToOwnerId, string? Reason);

    private sealed record Entry(string RecordType, long RecordId);

    private async Task Settings(object settings) => await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", settings));

    private async Task Days(double days)
    {
        host.Host.Clock.Advance(TimeSpan.FromDays(days));
        await host.Host.RunDueJobsAsync();
    }

    private async Task<List<Decision>> Audit(string action) =>
        await host.Admin.GetFromJsonAsync<List<Decision>>($"/api/lead-assignment/audit?action={action}") ?? [];

    private async Task<long?> OwnerOf(string route, long id) =>
        (await host.Admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/{route}/{id}")).GetProperty("ownerId") is { ValueKind: System.Text.Json.JsonValueKind.Number } o ? o.GetInt64() : null;

    // Reclaim after 10 silent days, warned 3 days before: two customers of rep 0, and one of rep 1 with an open deal.
    private async Task<(CustomerRecord Silent, CustomerRecord Called, CustomerRecord Dealing)> SilentCalledAndDealingAsync()
    {
        await Settings(new { poolNoFollowUpDays = 10, poolWarningDays = 3, poolNotConvertedDays = 0, protectionDays = 0 });
        var silent = await host.CustomerAsync(new { name = "silent", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        var called = await host.CustomerAsync(new { name = "called", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        var dealing = await host.CustomerAsync(new { name = "dealing", ownerId = reps[1].Id, teamId = team, stage = "customer" });
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/deals", new { title = "open", customerId = dealing.Id, stage = "proposal", ownerId = reps[1].Id, teamId = team }));
        return (silent, called, dealing);
    }

    [Fact]
    public async Task Customers_without_follow_up_are_warned_then_reclaimed_and_an_open_deal_spares_one()
    {
        var (silent, called, dealing) = await SilentCalledAndDealingAsync();

        await Days(5);
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/interactions",
            new { customerId = called.Id, kind = "call", occurredUtc = host.Host.Clock.GetUtcNow().UtcDateTime, notes = "follow-up" }));
        await Days(3); // day 8: "silent" is due on day 10, inside the 3 warning days

        Assert.Equal([silent.Id], (await Audit("reclaim-warning")).Select(d => d.RecordId));
        Assert.Equal(reps[0].Id, await OwnerOf("customers", silent.Id));
        // On the customer's timeline the warning moved nothing: it names its owner once, not "user 3 → user 3".
        var timeline = await host.Admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/customers/{silent.Id}/timeline?kinds=assignment");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == $"Ownership reclaim-warning to user {reps[0].Id}");

        await Days(2.1); // day 10.1: "silent" reclaimed; "called" (due day 15) kept; "dealing" spared
        Assert.Null(await OwnerOf("customers", silent.Id));
        Assert.Equal(reps[0].Id, await OwnerOf("customers", called.Id));
        Assert.Equal(reps[1].Id, await OwnerOf("customers", dealing.Id));
        Assert.Equal([new Entry("customer", silent.Id)], await host.Admin.GetFromJsonAsync<List<Entry>>("/api/lead-assignment/pool"));
        var reclaim = Assert.Single(await Audit("reclaim"));
        Assert.Equal((reps[0].Id, (long?)null), (reclaim.FromOwnerId!.Value, reclaim.ToOwnerId));
        Assert.StartsWith("no follow-up for 10 days", reclaim.Reason);

        await Days(5); // day 15.1: "called" is due too
        Assert.Null(await OwnerOf("customers", called.Id));
        Assert.Single(await Audit("reclaim-warning")); // warned once only; "called" went from unwarned to due between two runs
    }

    [Fact]
    public async Task A_lead_its_owner_does_not_touch_in_time_goes_to_the_next_rep()
    {
        await Settings(new { responseDeadlineHours = 24 });
        await host.RuleAsync(new { name = "east", teamId = team });
        var ignored = await host.LeadAsync(new { name = "ignored" });
        var handled = await host.LeadAsync(new { name = "handled" });
        Assert.Equal((reps[0].Id, reps[1].Id), (ignored.OwnerId!.Value, handled.OwnerId!.Value));

        host.Host.Clock.Advance(TimeSpan.FromHours(2));
        var read = await reps[1].Client.GetFromJsonAsync<LeadRecord>($"/api/leads/{handled.Id}", Http.Json);
        await Http.EnsureAsync(await reps[1].Client.PutAsJsonAsync($"/api/leads/{handled.Id}", read! with { Status = LeadStatus.Contacted }, Http.Json));
        await Days(1);

        Assert.Equal(reps[1].Id, await OwnerOf("leads", ignored.Id));
        Assert.Equal(reps[1].Id, await OwnerOf("leads", handled.Id));
        var reassigned = Assert.Single(await Audit("reassign"));
        Assert.Equal((ignored.Id, reps[0].Id, reps[1].Id), (reassigned.RecordId, reassigned.FromOwnerId!.Value, reassigned.ToOwnerId!.Value));
    }

    private sealed record DayItem(string Record, string Title, DateTime? DueUtc, string? Detail);

    private sealed record DaySection(string Key, List<DayItem> Items);

    private sealed record MyDay(List<DaySection> Sections);

    private async Task<List<DayItem>> ReclaimSoonAsync(Rep rep) =>
        (await (await host.SignInAsync(rep.Email)).GetFromJsonAsync<MyDay>("/api/me/day", Http.Json))!.Sections.Single(s => s.Key == "lead-assignment.reclaim-soon").Items;

    [Fact]
    public async Task The_owners_day_lists_its_customers_the_reclaim_job_will_take_within_the_warning_days()
    {
        var (silent, called, dealing) = await SilentCalledAndDealingAsync();
        Assert.Empty(await ReclaimSoonAsync(reps[0])); // day 0: "silent" is due on day 10, past the 3 warning days

        host.Host.Clock.Advance(TimeSpan.FromDays(5));
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/interactions",
            new { customerId = called.Id, kind = "call", occurredUtc = host.Host.Clock.GetUtcNow().UtcDateTime, notes = "follow-up" }));
        host.Host.Clock.Advance(TimeSpan.FromDays(3)); // day 8: "silent" due on day 10; "called" on day 15; "dealing" spared

        var item = Assert.Single(await ReclaimSoonAsync(reps[0]));
        Assert.Equal(($"customer:{silent.Id}", "silent", new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc)), (item.Record, item.Title, item.DueUtc!.Value));
        Assert.StartsWith("no follow-up for 10 days", item.Detail);
        Assert.Empty(await ReclaimSoonAsync(reps[1]));
    }

    [Fact]
    public async Task The_owner_finds_the_reclaim_warning_in_the_inbox()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/templates/lead-assignment.reclaim-warning",
            new { kind = "message", body = "Subject: {{ customer.name }} goes to the pool\n{{ customer.name }}: {{ reason }}" }));
        await Settings(new { poolNoFollowUpDays = 10, poolWarningDays = 3, poolNotConvertedDays = 0, protectionDays = 0 });
        await host.CustomerAsync(new { name = "silent", ownerId = reps[0].Id, teamId = team, stage = "customer" });

        await Days(8); // inside the 3 warning days before day 10
        await host.Host.DeliverOutboxAsync();

        var owner = await host.SignInAsync(reps[0].Email);
        var other = await host.SignInAsync(reps[1].Email);
        var inbox = await owner.GetStringAsync("/api/inbox");
        Assert.Contains("silent goes to the pool", inbox);
        Assert.Contains("no follow-up for 10 days", inbox);
        Assert.DoesNotContain("silent", await other.GetStringAsync("/api/inbox"));
    }

    [Fact]
    public async Task The_manager_is_told_in_the_inbox_when_a_lead_misses_its_deadline()
    {
        var (boss, _) = await host.Host.SignedInUserAsync("boss@example.test", Sdk.Access.CrmRole.Manager);
        var created = await host.Admin.PostAsJsonAsync("/api/teams", new { name = "North", managerId = boss.Id });
        var north = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
        var (first, _) = await host.Host.SignedInUserAsync("north1@example.test", Sdk.Access.CrmRole.Rep, north);
        var (second, _) = await host.Host.SignedInUserAsync("north2@example.test", Sdk.Access.CrmRole.Rep, north);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/templates/lead-assignment.deadline-missed",
            new { kind = "message", body = "Subject: {{ lead.name }} was not touched\n{{ reason }}; now with user {{ new_owner_id }}" }));
        await Settings(new { responseDeadlineHours = 24 });
        await host.RuleAsync(new { name = "north", teamId = north });
        var lead = await host.LeadAsync(new { name = "Zhou Jie" });
        Assert.Equal(first.Id, lead.OwnerId);

        await Days(1.1);
        await host.Host.DeliverOutboxAsync();

        var inbox = await (await host.SignInAsync("boss@example.test")).GetStringAsync("/api/inbox");
        Assert.Contains("Zhou Jie was not touched", inbox);
        Assert.Contains($"now with user {second.Id}", inbox);
    }

    [Fact]
    public async Task Queued_leads_go_out_when_a_rep_has_room_again()
    {
        await host.RuleAsync(new { name = "east", teamId = team });
        foreach (var rep in reps)
            await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{rep.Id}", new { cap = 1 }));
        var leads = new List<LeadRecord>();
        for (var i = 0; i < 3; i++)
            leads.Add(await host.LeadAsync(new { name = $"lead {i}" }));
        Assert.Null(leads[2].OwnerId);

        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{reps[1].Id}", new { cap = 2 }));
        await Days(0.01);

        Assert.Equal(reps[1].Id, await OwnerOf("leads", leads[2].Id));
        Assert.Empty(await host.Admin.GetFromJsonAsync<List<object>>("/api/lead-assignment/queue") ?? []);
        Assert.Equal("from the queue", Assert.Single(await Audit("assign"), d => d.RecordId == leads[2].Id).Reason);
    }

    [Fact]
    public async Task A_team_can_have_its_own_not_converted_period()
    {
        var (other, otherReps) = await host.TeamAsync("West", 1);
        await Settings(new { poolNoFollowUpDays = 0, poolNotConvertedDays = 30, notConvertedDaysByTeam = new Dictionary<string, int> { [other.ToString()] = 5 }, protectionDays = 0 });
        var east = await host.CustomerAsync(new { name = "east prospect", ownerId = reps[0].Id, teamId = team, stage = "qualified" });
        var west = await host.CustomerAsync(new { name = "west prospect", ownerId = otherReps[0].Id, teamId = other, stage = "qualified" });

        await Days(5.1);

        Assert.Equal(reps[0].Id, await OwnerOf("customers", east.Id));
        Assert.Null(await OwnerOf("customers", west.Id));
        Assert.StartsWith("not converted within 5 days", Assert.Single(await Audit("reclaim")).Reason);
    }

    [Fact]
    public async Task Per_team_periods_must_name_a_team()
    {
        var response = await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { noFollowUpDaysByTeam = new Dictionary<string, int> { ["east"] = 5 } });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'east': 5 is not a team id", await response.Content.ReadAsStringAsync());
    }
}
