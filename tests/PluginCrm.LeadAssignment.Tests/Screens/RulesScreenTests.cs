using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.LeadAssignment.Tests.Screens;

/// <summary>
/// The assignment rules in the web console, declared as data: listed to all, a new rule offered to admins only, a dry run
/// to managers and admins only, as the endpoints allow; the server's errors beside their fields.
/// </summary>
public sealed class RulesScreenTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_admin_adds_a_rule_in_the_form_after_the_servers_error_and_sees_it_listed()
    {
        var (team, _) = await host.TeamAsync("East", 1);
        using var admin = ConsoleBrowser.As(host.Admin);

        var refused = await admin.SubmitAsync("/m/lead-assignment/new-rule", "/m/lead-assignment/new-rule",
            new Dictionary<string, string> { ["name"] = "East coast", ["teamId"] = "999999", ["strategy"] = "least-loaded", ["enabled"] = "true" });
        var listed = await admin.SubmitAsync("/m/lead-assignment/new-rule", "/m/lead-assignment/new-rule",
            new Dictionary<string, string> { ["name"] = "East coast", ["teamId"] = $"{team}", ["regions"] = "East", ["strategy"] = "least-loaded", ["enabled"] = "true" });

        Assert.Contains("id=\"field-teamId-error\"", refused);
        Assert.Contains("value=\"East coast\"", refused);
        var rule = Assert.Single(await host.Admin.GetFromJsonAsync<List<JsonElement>>("/api/lead-assignment/rules") ?? []);
        Assert.Equal(("East coast", "least-loaded", team), (rule.GetProperty("name").GetString(), rule.GetProperty("strategy").GetString(), rule.GetProperty("teamId").GetInt64()));
        Assert.Contains("<td>East coast</td>", listed);
        Assert.Contains("<td>Least loaded</td>", listed);
        Assert.Contains("href=\"/m/lead-assignment/new-rule\"", listed);
    }

    [Fact]
    public async Task A_manager_dry_runs_the_rules_over_leads_and_nothing_changes()
    {
        var staffed = await host.StaffedTeamAsync("East", 1);
        await host.RuleAsync(new { name = "everything east", teamId = staffed.Id });
        var lead = await host.LeadAsync(new { name = "Zhao Lei", ownerId = staffed.Reps[0].Id });
        using var manager = ConsoleBrowser.As(staffed.Manager);

        var shown = await manager.SubmitAsync("/m/lead-assignment/dry-run", "/m/lead-assignment/dry-run", new Dictionary<string, string> { ["leadIds"] = $"{lead.Id}" });
        var wrong = await manager.SubmitAsync("/m/lead-assignment/dry-run", "/m/lead-assignment/dry-run", new Dictionary<string, string> { ["leadIds"] = "12, twelve" });

        Assert.Contains("<td>everything east</td>", shown);
        Assert.Contains($"value=\"{lead.Id}\"", shown); // the question stays for the next one
        Assert.Contains("<p id=\"field-leadIds-error\" class=\"field-error\">must be whole numbers separated by commas</p>", wrong);
        Assert.Equal(staffed.Reps[0].Id, (await host.Admin.GetFromJsonAsync<JsonElement>($"/api/leads/{lead.Id}")).GetProperty("ownerId").GetInt64());
    }

    [Fact]
    public async Task A_rep_sees_the_rules_but_is_offered_neither_a_new_rule_nor_a_dry_run()
    {
        var (team, reps) = await host.TeamAsync("East", 1, signIn: true);
        await host.RuleAsync(new { name = "everything", teamId = team });
        using var rep = ConsoleBrowser.As(reps[0].Client);

        var day = await rep.PageAsync("/");
        var rules = await rep.PageAsync("/m/lead-assignment/rules");
        using var newRule = await rep.GetAsync("/m/lead-assignment/new-rule");
        using var dryRun = await rep.GetAsync("/m/lead-assignment/dry-run");

        Assert.Contains("href=\"/m/lead-assignment/rules\"", day);
        Assert.DoesNotContain("/m/lead-assignment/dry-run", day);
        Assert.Contains("<td>everything</td>", rules);
        Assert.DoesNotContain("/m/lead-assignment/new-rule", rules);
        Assert.Equal(HttpStatusCode.NotFound, newRule.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dryRun.StatusCode);
    }
}
