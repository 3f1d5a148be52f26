using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Transfers;

/// <summary>Transfers: a manager within its team, an admin anywhere; another team's record reads as missing.</summary>
public sealed class TransferAccessTests : TwoTeams
{
    private static Task<HttpResponseMessage> Transfer(HttpClient client, long customerId, long? to) =>
        client.PostAsJsonAsync("/api/lead-assignment/transfers", new { recordType = "customer", recordId = customerId, toOwnerId = to, reason = "rebalancing" });

    private async Task<CustomerRecord> ReadAsync(long id) => await (await Host.Admin.GetAsync($"/api/customers/{id}")).As<CustomerRecord>();

    [Fact]
    public async Task A_manager_of_another_team_gets_404_as_for_a_customer_that_does_not_exist()
    {
        var customer = await Host.CustomerAsync(new { name = "A", ownerId = East.Reps[0].Id, teamId = East.Id });

        // Sent back to its own owner: a manager who could see it would hear "already owned by user ...".
        var toItsOwner = await Transfer(West.Manager, customer.Id, East.Reps[0].Id);
        var toMyRep = await Transfer(West.Manager, customer.Id, West.Reps[0].Id);
        var missing = await Transfer(West.Manager, 999_999, West.Reps[0].Id);

        Assert.Equal(HttpStatusCode.NotFound, toItsOwner.StatusCode);
        var miss = await Problem.ReadAsync(missing, 999_999);
        Assert.Equal(miss, await Problem.ReadAsync(toItsOwner, customer.Id));
        Assert.Equal(miss, await Problem.ReadAsync(toMyRep, customer.Id));
        var unchanged = await ReadAsync(customer.Id);
        Assert.Equal((East.Reps[0].Id, East.Id), (unchanged.OwnerId!.Value, unchanged.TeamId!.Value));
    }

    [Fact]
    public async Task A_manager_cannot_give_its_team_s_customer_to_another_team_s_rep()
    {
        var customer = await Host.CustomerAsync(new { name = "A", ownerId = East.Reps[0].Id, teamId = East.Id });

        var refused = await Transfer(East.Manager, customer.Id, West.Reps[0].Id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["toOwnerId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(East.Reps[0].Id, (await ReadAsync(customer.Id)).OwnerId);
    }

    [Fact]
    public async Task A_manager_transfers_within_its_team_and_an_admin_across_teams()
    {
        var kept = await Host.CustomerAsync(new { name = "A", ownerId = East.Reps[0].Id, teamId = East.Id });
        var sent = await Host.CustomerAsync(new { name = "B", ownerId = East.Reps[0].Id, teamId = East.Id });

        Assert.Equal(HttpStatusCode.OK, (await Transfer(East.Manager, kept.Id, East.Reps[1].Id)).StatusCode);
        Assert.Equal(East.Reps[1].Id, (await ReadAsync(kept.Id)).OwnerId);
        Assert.Equal(HttpStatusCode.OK, (await Transfer(Host.Admin, sent.Id, West.Reps[0].Id)).StatusCode);
        var moved = await ReadAsync(sent.Id);
        Assert.Equal((West.Reps[0].Id, West.Id), (moved.OwnerId!.Value, moved.TeamId!.Value));
    }

    [Fact]
    public async Task A_manager_sees_another_team_s_pool_customer_but_may_not_transfer_it()
    {
        var customer = await Host.CustomerAsync(new { name = "A", ownerId = East.Reps[0].Id, teamId = East.Id });
        await Http.EnsureAsync(await Transfer(Host.Admin, customer.Id, null));

        Assert.Equal(HttpStatusCode.OK, (await West.Manager.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Transfer(West.Manager, customer.Id, West.Reps[0].Id)).StatusCode);
        Assert.Null((await ReadAsync(customer.Id)).OwnerId);
    }

    [Fact]
    public async Task Reps_and_callers_not_signed_in_cannot_transfer()
    {
        var customer = await Host.CustomerAsync(new { name = "A", ownerId = East.Reps[0].Id, teamId = East.Id });

        Assert.Equal(HttpStatusCode.Forbidden, (await Transfer(East.Reps[0].Client, customer.Id, East.Reps[1].Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Transfer(Host.Host.AnonymousClient(), customer.Id, East.Reps[1].Id)).StatusCode);
        Assert.Equal(East.Reps[0].Id, (await ReadAsync(customer.Id)).OwnerId);
    }
}
