using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Maven;

/// <summary>
/// Item 9: leads fed through <c>POST /api/leads</c> on the imported Maven pipeline, one team per strategy, and the
/// per-agent counts checked against what each strategy promises, computed here from the CSV's teams.
/// </summary>
public sealed class MavenDistributionTests(MavenAgents maven) : IClassFixture<MavenAgents>
{
    private AssignmentHost Host => maven.Host;

    private (long TeamId, List<long> Agents) Team(int index) => maven.Teams.OrderBy(t => t.Key, StringComparer.Ordinal).ElementAt(index).Value;

    private async Task<List<long?>> FeedAsync(IEnumerable<string> regions)
    {
        var owners = new List<long?>();
        foreach (var (region, i) in regions.Select((r, i) => (r, i)))
            owners.Add((await Host.LeadAsync(new { name = $"{region} lead {i}", region })).OwnerId);
        return owners;
    }

    [Fact]
    public void The_data_set_has_35_agents_under_6_managers() =>
        Assert.Equal((6, 35), (maven.Teams.Count, maven.Teams.Values.Sum(t => t.Agents.Count)));

    [Fact]
    public async Task Round_robin_gives_each_agent_of_a_team_its_share_within_one()
    {
        var teams = new[] { Team(0), Team(1) };
        for (var t = 0; t < 2; t++)
            await Host.RuleAsync(new { name = $"rr {t}", regions = $"rr{t}", teamId = teams[t].TeamId, strategy = "round-robin" });

        var owners = await FeedAsync(Enumerable.Range(0, 47).Select(i => $"rr{i % 2}"));

        for (var t = 0; t < 2; t++)
        {
            var n = Enumerable.Range(0, 47).Count(i => i % 2 == t); // 24 and 23
            var k = teams[t].Agents.Count;
            var counts = teams[t].Agents.Select(a => owners.Count(o => o == a)).ToList();
            Assert.Equal(n, counts.Sum());
            Assert.All(counts, c => Assert.InRange(c, n / k, (n + k - 1) / k));
        }
    }

    [Fact]
    public async Task Weighted_round_robin_gives_each_agent_its_weight_per_cycle()
    {
        var (teamId, agents) = Team(2);
        var weights = agents.Select((_, i) => 1 + i % 3).ToList();
        for (var i = 0; i < agents.Count; i++)
            await Http.EnsureAsync(await Host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{agents[i]}", new { weight = weights[i] }));
        await Host.RuleAsync(new { name = "wrr", regions = "wrr", teamId, strategy = "weighted-round-robin" });

        const int cycles = 3;
        var owners = await FeedAsync(Enumerable.Repeat("wrr", cycles * weights.Sum()));

        Assert.Equal(weights.Select(w => cycles * w), agents.Select(a => owners.Count(o => o == a)));
    }

    [Fact]
    public async Task Least_loaded_only_ever_tops_up_the_emptiest_agents()
    {
        var (teamId, agents) = Team(3);
        var before = agents.Select((_, i) => i).ToList(); // agent i starts with i open leads
        for (var i = 0; i < agents.Count; i++)
            for (var j = 0; j < before[i]; j++)
                await Host.LeadAsync(new { name = $"seed {i}.{j}", region = "seed", ownerId = agents[i] });
        await Host.RuleAsync(new { name = "ll", regions = "ll", teamId, strategy = "least-loaded" });

        const int n = 12;
        var owners = await FeedAsync(Enumerable.Repeat("ll", n));

        var received = agents.Select(a => owners.Count(o => o == a)).ToList();
        var after = before.Zip(received, (b, r) => b + r).ToList();
        Assert.Equal(n, received.Sum());
        // Whoever received anything ends at most one above the least loaded agent.
        Assert.All(Enumerable.Range(0, agents.Count).Where(i => received[i] > 0), i => Assert.True(after[i] <= after.Min() + 1, $"agent {i}: {after[i]} vs min {after.Min()}"));
    }

    [Fact]
    public async Task Caps_are_never_exceeded_and_what_nobody_can_take_is_queued()
    {
        var (teamId, agents) = Team(4);
        var caps = agents.Select((_, i) => 1 + i % 4).ToList();
        for (var i = 0; i < agents.Count; i++)
            await Http.EnsureAsync(await Host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{agents[i]}", new { cap = caps[i] }));
        await Host.LeadAsync(new { name = "already full", region = "seed", ownerId = agents[0] }); // agent 0: cap 1, 1 open
        await Host.RuleAsync(new { name = "capped", regions = "cap", teamId, strategy = "round-robin" });

        const int n = 30;
        var owners = await FeedAsync(Enumerable.Repeat("cap", n));

        var room = caps.Select((c, i) => c - (i == 0 ? 1 : 0)).ToList();
        Assert.Equal(room, agents.Select(a => owners.Count(o => o == a)));
        Assert.Equal(n - room.Sum(), owners.Count(o => o is null));
        var queue = await Host.Admin.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/lead-assignment/queue");
        Assert.Equal(n - room.Sum(), queue!.Count);
    }
}
