using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Pool;

public sealed class PoolTests : IAsyncLifetime
{
    private AssignmentHost host = null!;
    private long team;
    private List<Rep> reps = null!;

    public async Task InitializeAsync()
    {
        host = await AssignmentHost.StartAsync();
        (team, reps) = await host.TeamAsync("East", 3, signIn: true);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Decision(string Action, long? FromOwnerId, long? ToOwnerId, string? Reason, string Actor);

    private async Task<CustomerRecord> PooledCustomerAsync(long formerOwner)
    {
        var customer = await host.CustomerAsync(new { name = "王芳", ownerId = formerOwner, teamId = team });
        await Http.EnsureAsync(await Transfer(host.Admin, customer.Id, null, "no follow-up in 30 days"));
        return customer;
    }

    private static Task<HttpResponseMessage> Transfer(HttpClient client, long customerId, long? to, string reason, bool overrideProtection = false) =>
        client.PostAsJsonAsync("/api/lead-assignment/transfers", new { recordType = "customer", recordId = customerId, toOwnerId = to, reason, overrideProtection });

    private static Task<HttpResponseMessage> Claim(HttpClient client, long customerId) =>
        client.PostAsync($"/api/lead-assignment/pool/customers/{customerId}/claim", null);

    private async Task<CustomerRecord> ReadAsync(long id) =>
        await host.Admin.GetFromJsonAsync<CustomerRecord>($"/api/customers/{id}", Http.Json) ?? throw new InvalidOperationException();

    private async Task<List<Decision>> AuditAsync(long id) =>
        await host.Admin.GetFromJsonAsync<List<Decision>>($"/api/lead-assignment/audit?recordType=customer&recordId={id}") ?? [];

    [Fact]
    public async Task Two_reps_claiming_the_same_customer_at_once_give_one_owner_and_one_409()
    {
        var customer = await PooledCustomerAsync(reps[0].Id);

        var answers = await Task.WhenAll(Claim(reps[1].Client, customer.Id), Claim(reps[2].Client, customer.Id));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var winner = reps[answers[0].StatusCode == HttpStatusCode.OK ? 1 : 2].Id;
        Assert.Equal(winner, (await ReadAsync(customer.Id)).OwnerId);
        Assert.Equal(1, (await AuditAsync(customer.Id)).Count(d => d.Action == "claim"));
        Assert.Empty(await host.Admin.GetFromJsonAsync<List<object>>("/api/lead-assignment/pool") ?? []);
    }

    [Fact]
    public async Task Claiming_a_customer_the_rep_may_not_read_and_that_is_not_in_the_pool_is_not_found()
    {
        var theirs = await host.CustomerAsync(new { name = "李娜", ownerId = reps[0].Id, teamId = team });
        var (_, others) = await host.TeamAsync("West", 1, signIn: true);

        var stranger = await Claim(others[0].Client, theirs.Id);
        var owner = await Claim(reps[0].Client, theirs.Id);

        // A conflict ("not in the pool") would tell a rep of another team that the customer exists.
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, owner.StatusCode); // its owner reads it: told why
        Assert.Equal(reps[0].Id, (await ReadAsync(theirs.Id)).OwnerId);
    }

    [Fact]
    public async Task A_claim_may_name_the_type_as_the_pools_list_does_in_the_singular()
    {
        var customer = await PooledCustomerAsync(reps[0].Id);
        var listed = await reps[1].Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/lead-assignment/pool", Http.Json);
        var type = listed.EnumerateArray().Single(p => p.GetProperty("recordId").GetInt64() == customer.Id).GetProperty("recordType").GetString();

        var claimed = await reps[1].Client.PostAsync($"/api/lead-assignment/pool/{type}/{customer.Id}/claim", null);

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(reps[1].Id, (await ReadAsync(customer.Id)).OwnerId);
        Assert.Equal(HttpStatusCode.NotFound, (await reps[2].Client.PostAsync($"/api/lead-assignment/pool/deals/{customer.Id}/claim", null)).StatusCode);
    }

    [Fact]
    public async Task The_pools_list_takes_a_type_in_the_singular_or_the_plural_and_refuses_one_it_does_not_hold_naming_it()
    {
        var customer = await PooledCustomerAsync(reps[0].Id);

        async Task<long[]> ListedAsync(string type) => (await reps[1].Client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/lead-assignment/pool?type={type}", Http.Json))!
            .Select(p => p.GetProperty("recordId").GetInt64()).ToArray();
        var refused = await reps[1].Client.GetAsync("/api/lead-assignment/pool?type=bogus");

        Assert.Equal([customer.Id], await ListedAsync("customer"));
        Assert.Equal([customer.Id], await ListedAsync("customers"));
        Assert.Empty(await ListedAsync("leads"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        Assert.Equal(["type"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task A_rep_who_sees_a_pool_customer_cannot_make_itself_owner_through_the_core_api()
    {
        var customer = await PooledCustomerAsync(reps[0].Id);
        var seen = await reps[1].Client.GetAsync($"/api/customers/{customer.Id}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var shared = await seen.Content.ReadFromJsonAsync<CustomerRecord>(Http.Json);

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/customers/{customer.Id}") { Content = JsonContent.Create(shared! with { OwnerId = reps[1].Id }, options: Http.Json) };
        request.Headers.IfMatch.Add(seen.Headers.ETag!);
        var put = await reps[1].Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Contains("a shared record is claimed before it is changed", await put.Content.ReadAsStringAsync());
        Assert.Null((await ReadAsync(customer.Id)).OwnerId);
    }

    [Fact]
    public async Task A_rep_claims_at_most_K_a_day()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { claimsPerDay = 1 }));
        var first = await PooledCustomerAsync(reps[0].Id);
        var second = await PooledCustomerAsync(reps[0].Id);

        Assert.Equal(HttpStatusCode.OK, (await Claim(reps[1].Client, first.Id)).StatusCode);
        var refused = await Claim(reps[1].Client, second.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("the limit is 1 a day", await refused.Content.ReadAsStringAsync());

        host.Host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.OK, (await Claim(await host.SignInAsync(reps[1].Email), second.Id)).StatusCode);
    }

    [Fact]
    public async Task One_rep_claiming_two_customers_at_once_stays_within_its_daily_limit()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { claimsPerDay = 1 }));
        var first = await PooledCustomerAsync(reps[0].Id);
        var second = await PooledCustomerAsync(reps[0].Id);

        var answers = await Task.WhenAll(Claim(reps[1].Client, first.Id), Claim(reps[1].Client, second.Id));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(1, new[] { (await ReadAsync(first.Id)).OwnerId, (await ReadAsync(second.Id)).OwnerId }.Count(o => o == reps[1].Id));
    }

    [Fact]
    public async Task A_rep_owning_L_customers_claims_no_more()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { maxOwnedCustomers = 2 }));
        await host.CustomerAsync(new { name = "kept 1", ownerId = reps[1].Id, teamId = team });
        await host.CustomerAsync(new { name = "kept 2", ownerId = reps[1].Id, teamId = team });
        var pooled = await PooledCustomerAsync(reps[0].Id);

        var refused = await Claim(reps[1].Client, pooled.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("you own 2 customers; the limit is 2", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Claim(reps[2].Client, pooled.Id)).StatusCode);
    }

    [Fact]
    public async Task A_rep_cannot_claim_back_a_customer_it_just_lost_until_the_cooldown_ends()
    {
        var customer = await PooledCustomerAsync(reps[0].Id); // cool-down 7 days by default

        var refused = await Claim(reps[0].Client, customer.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("you may claim it again from 2026-01-12 09:00Z", await refused.Content.ReadAsStringAsync());

        host.Host.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await Claim(await host.SignInAsync(reps[0].Email), customer.Id)).StatusCode);
    }

    [Fact]
    public async Task A_claimed_customer_is_protected_for_its_new_owner()
    {
        var customer = await PooledCustomerAsync(reps[0].Id);
        Assert.Equal(HttpStatusCode.OK, (await Claim(reps[1].Client, customer.Id)).StatusCode);
        var (_, manager) = await host.Host.SignedInUserAsync("boss@example.test", CrmRole.Manager, team);

        Assert.Equal(HttpStatusCode.Conflict, (await Transfer(manager, customer.Id, reps[2].Id, "rebalancing")).StatusCode);
        var current = await ReadAsync(customer.Id);
        var put = await manager.PutAsJsonAsync($"/api/customers/{customer.Id}", current with { OwnerId = reps[2].Id }, Http.Json);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        Assert.Contains("protected for its owner until 2026-02-04 09:00Z", await put.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await Transfer(manager, customer.Id, reps[2].Id, "owner on long leave", overrideProtection: true)).StatusCode);
        Assert.Equal(reps[2].Id, (await ReadAsync(customer.Id)).OwnerId);
        var transfer = (await AuditAsync(customer.Id)).First();
        Assert.Equal(("transfer", reps[1].Id, reps[2].Id, "owner on long leave", "boss@example.test"),
            (transfer.Action, transfer.FromOwnerId!.Value, transfer.ToOwnerId!.Value, transfer.Reason, transfer.Actor));
    }

    [Fact]
    public async Task Reps_cannot_transfer_and_a_transfer_needs_a_reason()
    {
        var customer = await host.CustomerAsync(new { name = "A", ownerId = reps[0].Id, teamId = team });

        Assert.Equal(HttpStatusCode.Forbidden, (await Transfer(reps[0].Client, customer.Id, reps[1].Id, "mine to give")).StatusCode);
        var missing = await Transfer(host.Admin, customer.Id, reps[1].Id, " ");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("reason", await missing.Content.ReadAsStringAsync());
    }
}
