using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>Users, teams and API keys from the console: the API's services, their refusals in words, a key's secret shown once.</summary>
public sealed partial class AccountsScreenTests : AdminScreenTest
{
    [Fact]
    public async Task An_admin_adds_a_user_who_can_then_sign_in()
    {
        using var session = await Admin.SignInAsync();

        using var added = await session.PostFormAsync("/admin/users", "/admin/users", new()
        {
            ["_handler"] = "add", ["Add.Email"] = "new.rep@example.com", ["Add.Name"] = "New Rep", ["Add.Role"] = "Rep", ["Add.Password"] = "a-long-password",
        });
        var page = await added.Content.ReadAsStringAsync();
        using var newcomer = new ConsoleSession(Admin.Host.Client.BaseAddress!);
        using var signedIn = await newcomer.SignInAsync("new.rep@example.com", "a-long-password");

        Assert.Contains("<p role=\"status\">Added new.rep@example.com.</p>", page);
        Assert.Contains("<td>new.rep@example.com</td>", page);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_user_the_server_refuses_is_not_added_and_each_reason_is_shown_beside_its_field()
    {
        using var session = await Admin.SignInAsync();
        var before = await UsersAsync();

        using var refused = await session.PostFormAsync("/admin/users", "/admin/users", new()
        {
            ["_handler"] = "add", ["Add.Email"] = AdminHost.RepEmail, ["Add.Name"] = "Again", ["Add.Role"] = "Rep", ["Add.Password"] = "short",
        });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("role=\"alert\" class=\"error\">Not added: see the fields marked.", page);
        Assert.Matches("id=\"user-email\"[^>]*aria-invalid=\"true\" aria-describedby=\"user-email-error\"", page);
        Assert.Contains($"<p id=\"user-email-error\" class=\"error\">a user '{AdminHost.RepEmail}' already exists</p>", page);
        Assert.Contains("<p id=\"user-password-error\" class=\"error\">must be at least 10 characters</p>", page);
        Assert.DoesNotContain("user-name-error", page);
        Assert.Equal(before.GetRawText(), (await UsersAsync()).GetRawText());
    }

    [Fact]
    public async Task Deactivating_a_user_ends_its_sessions()
    {
        using var rep = await Admin.SignInAsync(AdminHost.RepEmail);
        using var session = await Admin.SignInAsync();
        var id = (await UsersAsync()).EnumerateArray().Single(u => u.GetProperty("email").GetString() == AdminHost.RepEmail).GetProperty("id").GetInt64();

        using var changed = await session.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}", new()
        {
            ["_handler"] = "change", ["Change.Name"] = "Rep", ["Change.Role"] = "Rep", ["Change.TeamId"] = "",
        });
        var page = await changed.Content.ReadAsStringAsync();
        using var after = await rep.GetAsync("/");

        Assert.Contains("<p role=\"status\">Saved.</p>", page);
        Assert.DoesNotContain("name=\"Change.Active\" type=\"checkbox\" value=\"true\" checked", page);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task An_admin_unlocks_a_users_sign_in()
    {
        using var session = await Admin.SignInAsync();
        var id = (await UsersAsync()).EnumerateArray().Single(u => u.GetProperty("email").GetString() == AdminHost.RepEmail).GetProperty("id").GetInt64();

        using var unlocked = await session.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}", new() { ["_handler"] = "unlock" });

        Assert.Contains("<p role=\"status\">Sign-in unlocked.</p>", await unlocked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_team_with_a_manager_of_another_team_is_refused_in_words()
    {
        using var session = await Admin.SignInAsync();
        var manager = (await UsersAsync()).EnumerateArray().Single(u => u.GetProperty("email").GetString() == AdminHost.ManagerEmail);

        using var refused = await session.PostFormAsync("/admin/teams", "/admin/teams", new()
        {
            ["_handler"] = "add", ["Add.Name"] = "West", ["Add.ManagerId"] = manager.GetProperty("id").GetInt64().ToString(),
        });
        using var added = await session.PostFormAsync("/admin/teams", "/admin/teams", new() { ["_handler"] = "add", ["Add.Name"] = "West", ["Add.Region"] = "Chengdu" });
        var teams = await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/teams");

        Assert.Contains("a manager manages its own team", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains("<p role=\"status\">Added West.</p>", await added.Content.ReadAsStringAsync());
        Assert.Single(teams.EnumerateArray(), t => t.GetProperty("name").GetString() == "West");
    }

    [Fact]
    public async Task A_teams_page_gives_it_its_own_manager_and_lists_its_members()
    {
        using var session = await Admin.SignInAsync();
        var team = (await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/teams")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "East");
        var manager = (await UsersAsync()).EnumerateArray().Single(u => u.GetProperty("email").GetString() == AdminHost.ManagerEmail).GetProperty("id").GetInt64();
        var page = $"/admin/teams/{team.GetProperty("id").GetInt64()}";

        using var changed = await session.PostFormAsync(page, page, new() { ["_handler"] = "change", ["Change.Name"] = "East", ["Change.Region"] = "Shanghai", ["Change.ManagerId"] = manager.ToString() });
        var html = await changed.Content.ReadAsStringAsync();
        var after = (await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/teams")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "East");

        Assert.Contains("<p role=\"status\">Saved.</p>", html);
        Assert.Contains($"<option value=\"{manager}\" selected>", html);
        Assert.Contains($"href=\"/admin/users/{manager}\"", html);
        Assert.Equal(manager, after.GetProperty("managerId").GetInt64());
        Assert.Equal("Shanghai", after.GetProperty("region").GetString());
    }

    [Fact]
    public async Task A_new_api_keys_secret_is_shown_once_and_works_until_revoked()
    {
        using var session = await Admin.SignInAsync();

        using var created = await session.PostFormAsync("/admin/api-keys", "/admin/api-keys", new() { ["_handler"] = "create", ["Create.Name"] = "erp", ["Create.Role"] = "Rep" });
        var key = Secret().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        var list = await session.PageAsync("/admin/api-keys");
        using var api = new HttpClient { BaseAddress = Admin.Host.Client.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var before = await api.GetAsync("/api/auth/me");
        var id = Regex.Match(list, "name=\"Revoke.Id\" value=\"(\\d+)\">Revoke<span class=\"visually-hidden\"> erp").Groups[1].Value;
        using var revoked = await session.PostFormAsync("/admin/api-keys", "/admin/api-keys", new() { ["_handler"] = "revoke", ["Revoke.Id"] = id });
        using var after = await api.GetAsync("/api/auth/me");

        Assert.StartsWith("crm_k_", key);
        Assert.DoesNotContain(key, list);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("<p role=\"status\">Revoked.</p>", await revoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/teams")]
    [InlineData("/admin/api-keys")]
    public async Task A_manager_is_refused(string page)
    {
        using var session = await Admin.SignInAsync(AdminHost.ManagerEmail);

        using var response = await session.GetAsync(page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<JsonElement> UsersAsync() => await Admin.Host.Client.GetFromJsonAsync<JsonElement>("/api/users");

    [GeneratedRegex("<p><code>([^<]+)</code></p>")]
    private static partial Regex Secret();
}
