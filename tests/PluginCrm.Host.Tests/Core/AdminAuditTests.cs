using System.Net;
using System.Text.Json;
using PluginCrm.Host.Access;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// What admins change of users, teams, keys, settings and modules is audited (who, when, before, after) and readable
/// by admins only; a team has a manager; a user who changes team takes its records along.
/// </summary>
public sealed class AdminAuditTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private HttpClient admin = null!;
    private CrmTestUser adminUser = null!;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);
        (adminUser, admin) = await host.SignedInUserAsync("chief@example.com", CrmRole.Admin);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<List<AuditRow>> TrailAsync(string query) => (await admin.Get<ListPage<AuditRow>>($"/api/audit?{query}&pageSize=500")).Items;

    [Fact]
    public async Task User_team_and_key_changes_are_audited_with_who_before_and_after_and_no_secrets()
    {
        var team = await (await admin.Post("/api/teams", new { name = "North" })).As<TeamView>();
        var user = await (await admin.Post("/api/users", new { email = "new.hire@example.com", name = "New Hire", role = "manager", password = "a long enough secret" })).As<UserView>();
        await admin.Put($"/api/users/{user.Id}", new { teamId = team.Id, password = "another long secret" });
        await admin.Put($"/api/teams/{team.Id}", new { name = "North", region = "N", managerId = user.Id });
        var key = await (await admin.Post("/api/apikeys", new { name = "erp", role = "rep" })).As<NewApiKey>();
        await admin.DeleteAsync($"/api/apikeys/{key.ApiKey.Id}");

        var userTrail = await TrailAsync($"recordType=user&recordId={user.Id}");
        Assert.Equal(["user.update", "user.create"], userTrail.Select(a => a.Message));
        Assert.All(userTrail, a => Assert.Equal((adminUser.Id, "chief@example.com"), (a.UserId, a.UserName)));
        Assert.Equal(JsonValueKind.Null, userTrail[0].Before!.Value.GetProperty("teamId").ValueKind);
        Assert.Equal(team.Id, userTrail[0].After!.Value.GetProperty("teamId").GetInt64());
        var teamTrail = await TrailAsync($"recordType=team&recordId={team.Id}");
        Assert.Equal(["team.update", "team.create"], teamTrail.Select(a => a.Message));
        Assert.Equal(user.Id, teamTrail[0].After!.Value.GetProperty("managerId").GetInt64());
        Assert.Equal(["apikey.revoke", "apikey.create"], (await TrailAsync($"recordType=apikey&recordId={key.ApiKey.Id}")).Select(a => a.Message));

        var everything = await admin.GetStringAsync("/api/audit?pageSize=500");
        Assert.DoesNotContain("long enough secret", everything);
        Assert.DoesNotContain("passwordHash", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key.Key, everything);
    }

    [Fact]
    public async Task Plugin_settings_and_module_switches_are_audited()
    {
        await admin.Put("/api/plugins/notes/settings", new { maxLength = 500 });
        await admin.PostAsync("/api/plugins/notes/disable", null);
        await admin.PostAsync("/api/plugins/notes/enable", null);

        var trail = await TrailAsync("recordType=plugin&recordKey=notes");

        Assert.Equal(["module.enable", "module.disable", "plugin.settings"], trail.Select(a => a.Message));
        Assert.Equal(500, trail[2].After!.Value.GetProperty("maxLength").GetInt32());
        Assert.False(trail[1].After!.Value.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Only_admins_read_the_audit()
    {
        var (_, manager) = await host.SignedInUserAsync("manager@example.com", CrmRole.Manager);
        var (_, rep) = await host.SignedInUserAsync("rep@example.com", CrmRole.Rep);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/api/audit")).StatusCode);
        var bad = await admin.GetAsync("/api/audit?from=yesterday&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["from", "pageSize"], (await bad.As<Problem>()).Errors!.Keys.Order());
    }

    [Fact]
    public async Task A_team_is_managed_only_by_a_manager_of_its_own()
    {
        var east = await host.CreateTeamAsync("East");
        var west = await host.CreateTeamAsync("West");
        var (rep, _) = await host.SignedInUserAsync("a.rep@example.com", CrmRole.Rep, east);
        var (westManager, _) = await host.SignedInUserAsync("west.boss@example.com", CrmRole.Manager, west);
        var (newManager, _) = await host.SignedInUserAsync("east.boss@example.com", CrmRole.Manager);

        var byRep = await admin.Put($"/api/teams/{east}", new { name = "East", managerId = rep.Id });
        var byOther = await admin.Put($"/api/teams/{east}", new { name = "East", managerId = westManager.Id });
        var set = await admin.Put($"/api/teams/{east}", new { name = "East", managerId = newManager.Id });

        Assert.Contains("a team is managed by a manager", (await byRep.As<Problem>()).Errors!["managerId"].Single());
        Assert.Contains($"is in team {west}", (await byOther.As<Problem>()).Errors!["managerId"].Single());
        Assert.Equal(newManager.Id, (await set.As<TeamView>()).ManagerId);
        Assert.Equal(east, (await admin.Get<List<UserView>>("/api/users")).Single(u => u.Id == newManager.Id).TeamId); // it joined the team it manages
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Put("/api/teams/999", new { name = "Nowhere" })).StatusCode);
        var (_, manager) = await host.SignedInUserAsync("pushy@example.com", CrmRole.Manager, east);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Put($"/api/teams/{east}", new { name = "Mine" })).StatusCode);
    }

    [Fact]
    public async Task A_rep_who_changes_team_takes_its_records_to_its_new_managers_sight()
    {
        var east = await host.CreateTeamAsync("East");
        var west = await host.CreateTeamAsync("West");
        var (rep, repClient) = await host.SignedInUserAsync("mover@example.com", CrmRole.Rep, east);
        var (_, eastManager) = await host.SignedInUserAsync("east.m@example.com", CrmRole.Manager, east);
        var (_, westManager) = await host.SignedInUserAsync("west.m@example.com", CrmRole.Manager, west);
        var customer = await (await repClient.Post("/api/customers", new { name = "Follows its owner" })).As<CustomerRecord>();
        Assert.Equal(HttpStatusCode.OK, (await eastManager.GetAsync($"/api/customers/{customer.Id}")).StatusCode);

        await admin.Put($"/api/users/{rep.Id}", new { teamId = west });

        Assert.Equal(HttpStatusCode.NotFound, (await eastManager.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
        var moved = await westManager.Get<CustomerRecord>($"/api/customers/{customer.Id}");
        Assert.Equal((rep.Id, west), (moved.OwnerId, moved.TeamId));
        Assert.Equal(HttpStatusCode.OK, (await repClient.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
    }

    private sealed record AuditRow(string Message, string RecordType, long RecordId, string? RecordKey, long? UserId, string UserName, JsonElement? Before, JsonElement? After);
}
