using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Pool;

/// <summary>The queue of leads waiting for a rep: managers and admins; a queued lead belongs to its rule's team.</summary>
public sealed class QueueAccessTests() : TwoTeams(repsPerTeam: 1)
{
    private sealed record Queued(long LeadId);

    private static async Task<IEnumerable<long>> QueueAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/lead-assignment/queue")).As<List<Queued>>()).Select(q => q.LeadId);

    [Fact]
    public async Task Each_manager_sees_its_own_team_s_queued_leads_an_admin_all_and_a_rep_none()
    {
        await Host.RuleAsync(new { name = "east", regions = "East", teamId = East.Id });
        await Host.RuleAsync(new { name = "west", regions = "West", teamId = West.Id });
        foreach (var rep in East.Reps.Concat(West.Reps))
            await Http.EnsureAsync(await Host.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{rep.Id}", new { cap = 0 }));

        var eastLead = await Host.LeadAsync(new { name = "east lead", region = "East" });
        var westLead = await Host.LeadAsync(new { name = "west lead", region = "West" });

        Assert.Equal([eastLead.Id], await QueueAsync(East.Manager));
        Assert.Equal([westLead.Id], await QueueAsync(West.Manager));
        Assert.Equal([eastLead.Id, westLead.Id], await QueueAsync(Host.Admin));
        Assert.Equal(HttpStatusCode.Forbidden, (await East.Reps[0].Client.GetAsync("/api/lead-assignment/queue")).StatusCode);
    }
}
