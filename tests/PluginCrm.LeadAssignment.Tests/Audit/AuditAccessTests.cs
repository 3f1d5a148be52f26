using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Audit;

/// <summary>The ownership audit shows a decision to whoever reads its record now; a rep also sees that it lost one.</summary>
public sealed class AuditAccessTests : TwoTeams
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.RuleAsync(new { name = "east", regions = "East", teamId = East.Id });
        await Host.RuleAsync(new { name = "west", regions = "West", teamId = West.Id });
    }

    private sealed record Decision(string RecordType, long RecordId, string Action, long? FromOwnerId, long? ToOwnerId, long? ToTeamId,
        string? RuleName, string? Reason, JsonElement Explanation);

    private static async Task<List<Decision>> AuditAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/lead-assignment/audit{query}")).As<List<Decision>>();

    [Fact]
    public async Task A_manager_reads_its_own_team_s_decisions_and_none_of_another_team_s()
    {
        var eastLead = await Host.LeadAsync(new { name = "east lead", region = "East" });
        var westLead = await Host.LeadAsync(new { name = "west lead", region = "West" });

        Assert.Equal([eastLead.Id], (await AuditAsync(East.Manager)).Select(d => d.RecordId));
        Assert.Equal([westLead.Id], (await AuditAsync(West.Manager)).Select(d => d.RecordId));
        Assert.Empty(await AuditAsync(West.Manager, $"?recordType=lead&recordId={eastLead.Id}"));
        Assert.Empty(await AuditAsync(West.Manager, $"?ownerId={eastLead.OwnerId}"));
        Assert.Empty(await AuditAsync(West.Reps[0].Client, $"?recordId={eastLead.Id}"));
        Assert.Equal([westLead.Id, eastLead.Id], (await AuditAsync(Host.Admin)).Select(d => d.RecordId));
    }

    [Fact]
    public async Task A_rep_that_lost_a_record_sees_that_it_went_but_not_where()
    {
        var (loser, winner) = (East.Reps[0], East.Reps[1]);
        var customer = await Host.CustomerAsync(new { name = "王芳", ownerId = loser.Id, teamId = East.Id });
        await Http.EnsureAsync(await East.Manager.PostAsJsonAsync("/api/lead-assignment/transfers",
            new { recordType = "customer", recordId = customer.Id, toOwnerId = winner.Id, reason = "rebalancing the team" }));

        var lost = Assert.Single(await AuditAsync(loser.Client));
        var gained = Assert.Single(await AuditAsync(winner.Client));

        Assert.Equal(("customer", customer.Id, "transfer", loser.Id, "rebalancing the team"), (lost.RecordType, lost.RecordId, lost.Action, lost.FromOwnerId!.Value, lost.Reason));
        Assert.Equal((null, null), (lost.ToOwnerId, lost.ToTeamId));
        Assert.Equal(JsonValueKind.String, lost.Explanation.ValueKind);
        Assert.Empty(await AuditAsync(loser.Client, $"?ownerId={winner.Id}"));
        Assert.Equal((loser.Id, winner.Id), (gained.FromOwnerId!.Value, gained.ToOwnerId!.Value));
        Assert.Empty(await AuditAsync(West.Reps[0].Client));
    }

    [Fact]
    public async Task A_rep_keeps_reading_the_decisions_that_gave_it_a_record_it_still_owns()
    {
        var lead = await Host.LeadAsync(new { name = "east lead", region = "East" });
        var owner = East.Reps.Single(r => r.Id == lead.OwnerId);

        var decision = Assert.Single(await AuditAsync(owner.Client));

        Assert.Equal(("assign", lead.Id, owner.Id, "east"), (decision.Action, decision.RecordId, decision.ToOwnerId!.Value, decision.RuleName));
        Assert.Equal(JsonValueKind.Object, decision.Explanation.ValueKind);
        Assert.Empty(await AuditAsync(East.Reps.Single(r => r.Id != owner.Id).Client));
    }

    [Fact]
    public async Task Nobody_signed_out_reads_the_audit() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Host.AnonymousClient().GetAsync("/api/lead-assignment/audit")).StatusCode);
}
