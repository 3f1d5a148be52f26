using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>Who may see and do what: nothing without a token, reps their own, managers their team's, admins all.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/api/customers")]
    [InlineData("/api/plugins")]
    [InlineData("/api/notes")]
    [InlineData("/api/auth/me")]
    public async Task Nothing_but_health_and_sign_in_answers_without_a_token(string path)
    {
        var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        await host.SignedInUserAsync("rep@example.com", CrmRole.Rep);
        var anonymous = host.AnonymousClient();

        var wrong = await anonymous.Post("/api/auth/sign-in", new { email = "rep@example.com", password = "not the password" });
        var unknown = await anonymous.Post("/api/auth/sign-in", new { email = "nobody@example.com", password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal((await wrong.As<Problem>()).Detail, (await unknown.As<Problem>()).Detail);
    }

    [Theory]
    [InlineData("short", "must be at least 10 characters")]
    [InlineData("          ", "must not be spaces alone")]
    public async Task A_password_too_short_or_of_spaces_alone_is_refused_naming_the_field(string password, string message)
    {
        var response = await host.Client.Post("/api/users", new { email = $"weak.{Guid.NewGuid():N}@example.com", name = "Weak", role = "rep", password });

        var detail = await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "password");
        Assert.Contains(message, detail);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (_, rep) = await host.SignedInUserAsync("rep@example.com", CrmRole.Rep);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await rep.PostAsync("/api/auth/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await rep.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_api_key_stops_working_at_once()
    {
        var key = await host.CreateApiKeyAsync("erp-sync", CrmRole.Admin);
        var erp = host.AnonymousClient();
        erp.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/customers")).StatusCode);
        var id = (await host.Client.Get<List<KeyRow>>("/api/apikeys")).Single(k => k.Name == "erp-sync").Id;

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/apikeys/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync("/api/customers")).StatusCode);
    }

    [Fact]
    public async Task Reps_see_their_own_managers_their_team_admins_everything()
    {
        var east = await host.CreateTeamAsync("East");
        var west = await host.CreateTeamAsync("West");
        var (alice, aliceClient) = await host.SignedInUserAsync("alice@example.com", CrmRole.Rep, east);
        var (bob, bobClient) = await host.SignedInUserAsync("bob@example.com", CrmRole.Rep, east);
        var (_, eastManager) = await host.SignedInUserAsync("east.lead@example.com", CrmRole.Manager, east);
        var (carol, _) = await host.SignedInUserAsync("carol@example.com", CrmRole.Rep, west);

        await aliceClient.Post("/api/customers", new { name = "Alice's customer" });
        await bobClient.Post("/api/customers", new { name = "Bob's customer" });
        await host.Client.Post("/api/customers", new { name = "Carol's customer", ownerId = carol.Id, teamId = west });

        async Task<string[]> Names(HttpClient client) =>
            (await client.Get<ListPage<CustomerRecord>>("/api/customers?sort=name")).Items.Select(c => c.Name).ToArray();
        Assert.Equal(["Alice's customer"], await Names(aliceClient));
        Assert.Equal(["Alice's customer", "Bob's customer"], await Names(eastManager));
        Assert.Equal(["Alice's customer", "Bob's customer", "Carol's customer"], await Names(host.Client));

        var bobsId = (await bobClient.Get<ListPage<CustomerRecord>>("/api/customers")).Items.Single().Id;
        Assert.Equal(HttpStatusCode.NotFound, (await aliceClient.GetAsync($"/api/customers/{bobsId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aliceClient.DeleteAsync($"/api/customers/{bobsId}")).StatusCode);
        Assert.Equal(alice.Id, (await aliceClient.Get<ListPage<CustomerRecord>>("/api/customers")).Items.Single().OwnerId);
        _ = bob;
    }

    [Fact]
    public async Task A_rep_cannot_give_a_customer_to_someone_else_nor_purge()
    {
        var (_, rep) = await host.SignedInUserAsync("rep@example.com", CrmRole.Rep);
        var (other, _) = await host.SignedInUserAsync("other@example.com", CrmRole.Rep);

        var response = await rep.Post("/api/customers", new { name = "Grab", ownerId = other.Id });
        Assert.Equal(["a rep can only own its own records"], (await response.As<Problem>()).Errors!["ownerId"]);

        var own = await (await rep.Post("/api/customers", new { name = "Mine" })).As<CustomerRecord>();
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.DeleteAsync($"/api/customers/{own.Id}?purge=true")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_switch_modules_and_manage_keys()
    {
        var (_, manager) = await host.SignedInUserAsync("manager@example.com", CrmRole.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync("/api/plugins/notes/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Post("/api/apikeys", new { name = "x", role = "admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/plugins")).StatusCode);
    }

    private sealed record KeyRow(long Id, string Name);

    [Fact]
    public async Task Deactivating_a_user_ends_its_sessions_and_a_role_change_applies()
    {
        var (user, client) = await host.SignedInUserAsync("leaver@example.com", CrmRole.Manager);

        var changed = await host.Client.Put($"/api/users/{user.Id}", new { role = "rep", active = false });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        var listed = (await host.Client.Get<List<UserRow>>("/api/users")).Single(u => u.Id == user.Id);
        Assert.Equal(("rep", false), (listed.Role, listed.Active));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.Put("/api/users/999", new { active = false })).StatusCode);
    }

    private sealed record UserRow(long Id, string Role, bool Active);
}
