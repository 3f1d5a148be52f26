using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

public sealed class AssignmentTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    public sealed record Decision(long Id, string RecordType, long RecordId, string Action, long? ToOwnerId, string? RuleName, string? Strategy, JsonElement Explanation);

    private sealed record Entry(string RecordType, long RecordId);

    private sealed record Queued(long LeadId);

    [Fact]
    public async Task Leads_without_an_owner_rotate_through_the_team_in_turn()
    {
        var (team, reps) = await host.TeamAsync("East", 3);
        await host.RuleAsync(new { name = "east", regions = "East", teamId = team, strategy = "round-robin" });

        var owners = new List<long?>();
        for (var i = 0; i < 7; i++)
            owners.Add((await host.LeadAsync(new { name = $"lead {i}", region = "east" })).OwnerId);

        var ids = reps.Select(r => (long?)r.Id).ToList();
        Assert.Equal([ids[0], ids[1], ids[2], ids[0], ids[1], ids[2], ids[0]], owners);
    }

    [Fact]
    public async Task Each_decision_says_which_rule_which_strategy_and_why_the_winner_won()
    {
        var (east, eastReps) = await host.TeamAsync("East", 2);
        var (west, _) = await host.TeamAsync("West", 2);
        await host.RuleAsync(new { name = "big west deals", regions = "West", minValue = 10000, teamId = west, strategy = "least-loaded" });
        await host.RuleAsync(new { name = "everything east", regions = "East,North", teamId = east });

        var lead = await host.LeadAsync(new { name = "Li Lei", region = "North", estimatedValue = 20000 });

        var decision = Assert.Single(await host.Admin.GetFromJsonAsync<List<Decision>>($"/api/lead-assignment/audit?recordType=lead&recordId={lead.Id}", Http.Json) ?? []);
        Assert.Equal(("assign", eastReps[0].Id, "everything east", "RoundRobin"), (decision.Action, decision.ToOwnerId!.Value, decision.RuleName, decision.Strategy));
        var rules = decision.Explanation.GetProperty("rules");
        Assert.False(rules[0].GetProperty("matched").GetBoolean());
        Assert.Contains("region in [West]: \"North\" → no", rules[0].GetProperty("conditions")[0].GetString());
        Assert.True(rules[1].GetProperty("matched").GetBoolean());
        Assert.Equal(2, decision.Explanation.GetProperty("candidates").GetArrayLength());
        Assert.Contains("its turn", decision.Explanation.GetProperty("why").GetString());
    }

    [Fact]
    public async Task A_lead_no_rule_matches_goes_to_the_pool_or_to_the_fallback_owner()
    {
        var (_, reps) = await host.TeamAsync("East", 1);
        var pooled = await host.LeadAsync(new { name = "nobody's", region = "Mars" });
        Assert.Null(pooled.OwnerId);
        Assert.Contains(new Entry("lead", pooled.Id), await host.Admin.GetFromJsonAsync<List<Entry>>("/api/lead-assignment/pool") ?? []);

        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { fallbackOwnerId = reps[0].Id }));
        var fallback = await host.LeadAsync(new { name = "someone's", region = "Mars" });

        Assert.Equal(reps[0].Id, fallback.OwnerId);
    }

    [Fact]
    public async Task Reps_at_their_cap_get_no_more_and_what_nobody_can_take_waits_in_the_queue()
    {
        var (team, reps) = await host.TeamAsync("East", 2);
        await host.RuleAsync(new { name = "east", teamId = team });
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{reps[0].Id}", new { cap = 1 }));
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{reps[1].Id}", new { cap = 2 }));

        var leads = new List<PluginCrm.Sdk.Records.LeadRecord>();
        for (var i = 0; i < 5; i++)
            leads.Add(await host.LeadAsync(new { name = $"lead {i}" }));

        // Caps 1 + 2 = 3 places for 5 leads: rep 1 one, rep 2 two, two queued.
        Assert.Equal(1, leads.Count(l => l.OwnerId == reps[0].Id));
        Assert.Equal(2, leads.Count(l => l.OwnerId == reps[1].Id));
        var queued = await host.Admin.GetFromJsonAsync<List<Queued>>("/api/lead-assignment/queue");
        Assert.Equal(leads.Where(l => l.OwnerId is null).Select(l => l.Id), queued!.Select(q => q.LeadId));
    }

    [Fact]
    public async Task Absent_and_departed_reps_are_skipped()
    {
        var (team, reps) = await host.TeamAsync("East", 3);
        await host.RuleAsync(new { name = "east", teamId = team });
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{reps[0].Id}",
            new { absentUntilUtc = host.Host.Clock.GetUtcNow().UtcDateTime.AddDays(1) }));
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/users/{reps[1].Id}", new { active = false }));

        var owners = new List<long?>();
        for (var i = 0; i < 3; i++)
            owners.Add((await host.LeadAsync(new { name = $"lead {i}" })).OwnerId);

        Assert.All(owners, o => Assert.Equal(reps[2].Id, o));
    }

    [Fact]
    public Task Concurrent_captures_never_hand_out_the_same_turn() => ThirtyAtOnceTakeTurnsAsync(host);

    /// <summary>30 leads captured at once over a team of 4 under one round-robin rule: each rep gets its turns, none twice.</summary>
    internal static async Task ThirtyAtOnceTakeTurnsAsync(AssignmentHost host)
    {
        var (team, reps) = await host.TeamAsync("East", 4);
        await host.RuleAsync(new { name = "east", teamId = team });

        // 30 leads over 4 reps at once: each gets floor(30/4) = 7 or ceil = 8, 30 in all.
        var created = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => host.LeadAsync(new { name = $"lead {i}" })));

        var counts = reps.Select(r => created.Count(l => l.OwnerId == r.Id)).ToList();
        Assert.Equal(30, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 7, 8));
    }

    [Fact]
    public async Task A_dry_run_shows_where_leads_would_go_under_draft_rules_and_changes_nothing()
    {
        var (team, reps) = await host.TeamAsync("East", 2);
        await host.RuleAsync(new { name = "saved", teamId = team });
        var leads = new List<long>();
        for (var i = 0; i < 3; i++)
            leads.Add((await host.LeadAsync(host.Admin, new { name = $"lead {i}", ownerId = reps[0].Id })).Id);

        var rows = await (await host.Admin.PostAsJsonAsync("/api/lead-assignment/rules/dry-run", new
        {
            rules = new object[] { new { name = "draft: weighted", teamId = team, strategy = "weighted-round-robin" } },
            leadIds = leads,
        })).As<List<JsonElement>>();
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{reps[1].Id}", new { weight = 2 }));
        var weighted = await (await host.Admin.PostAsJsonAsync("/api/lead-assignment/rules/dry-run", new
        {
            rules = new object[] { new { name = "draft: weighted", teamId = team, strategy = "weighted-round-robin" } },
            leadIds = leads,
        })).As<List<JsonElement>>();

        Assert.Equal([reps[0].Id, reps[1].Id, reps[0].Id], rows.Select(r => r.GetProperty("ownerId").GetInt64()));
        Assert.Equal([reps[1].Id, reps[0].Id, reps[1].Id], weighted.Select(r => r.GetProperty("ownerId").GetInt64()));
        Assert.All(rows, r => Assert.Equal("draft: weighted", r.GetProperty("rule").GetString()));
        Assert.Empty(await host.Admin.GetFromJsonAsync<List<Decision>>("/api/lead-assignment/audit") ?? []);
        Assert.Equal(reps[0].Id, (await host.LeadAsync(new { name = "real" })).OwnerId);
    }

    [Fact]
    public async Task Bad_rules_are_refused_field_by_field()
    {
        var response = await host.Admin.PostAsJsonAsync("/api/lead-assignment/rules", new { name = "", teamId = 999, strategy = "lottery", minValue = 5, maxValue = 1 });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["minValue", "name", "strategy", "teamId"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_manager_capturing_a_lead_for_another_team_gets_it_routed_there()
    {
        var (east, _) = await host.TeamAsync("East", 1);
        var (west, westReps) = await host.TeamAsync("West", 1);
        await host.RuleAsync(new { name = "west", regions = "West", teamId = west });
        var (_, manager) = await host.Host.SignedInUserAsync("boss@example.test", PluginCrm.Sdk.Access.CrmRole.Manager, east);

        var created = await host.LeadAsync(manager, new { name = "for the west", region = "West" });

        // The host holds a manager's own writes to its team, so the plugin writes this owner as the system, in the
        // same transaction, right after the create; the create's response still shows the lead as captured.
        var lead = await host.Admin.GetFromJsonAsync<PluginCrm.Sdk.Records.LeadRecord>($"/api/leads/{created.Id}", Http.Json);
        Assert.Equal((westReps[0].Id, west), (lead!.OwnerId!.Value, lead.TeamId!.Value));
        Assert.Equal("assign", Assert.Single(await host.Admin.GetFromJsonAsync<List<Decision>>($"/api/lead-assignment/audit?recordId={created.Id}", Http.Json) ?? []).Action);
    }
}
