using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

/// <summary>Dry runs and assignment on demand reach only the leads the manager may read, and change.</summary>
public sealed class OnDemandAccessTests() : TwoTeams(repsPerTeam: 1)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.RuleAsync(new { name = "everything west", teamId = West.Id });
    }

    private static Task<HttpResponseMessage> DryRun(HttpClient client, long leadId) =>
        client.PostAsJsonAsync("/api/lead-assignment/rules/dry-run", new { leadIds = new[] { leadId } });

    private static Task<HttpResponseMessage> Assign(HttpClient client, long leadId) =>
        client.PostAsJsonAsync("/api/lead-assignment/assign", new { recordType = "lead", ids = new[] { leadId } });

    private async Task<long?> OwnerOfAsync(long leadId) => (await (await Host.Admin.GetAsync($"/api/leads/{leadId}")).As<LeadRecord>()).OwnerId;

    [Fact]
    public async Task A_manager_can_neither_dry_run_nor_assign_another_team_s_lead()
    {
        var lead = await Host.LeadAsync(new { name = "kept east", ownerId = East.Reps[0].Id });

        Assert.Equal(HttpStatusCode.NotFound, (await DryRun(West.Manager, lead.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Assign(West.Manager, lead.Id)).StatusCode);
        Assert.Equal(East.Reps[0].Id, await OwnerOfAsync(lead.Id));
    }

    [Fact]
    public async Task A_manager_runs_the_rules_over_its_own_team_s_lead()
    {
        var lead = await Host.LeadAsync(new { name = "kept east", ownerId = East.Reps[0].Id });

        Assert.Equal(HttpStatusCode.OK, (await DryRun(East.Manager, lead.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Assign(East.Manager, lead.Id)).StatusCode);
        Assert.Equal(West.Reps[0].Id, await OwnerOfAsync(lead.Id));
    }
}
