using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

public sealed class OnDemandAndTemplateTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_rule_can_add_a_rule_template_and_the_decision_shows_its_explanation()
    {
        var (team, reps) = await host.TeamAsync("Big", 1);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/templates/assignment.zh-large",
            new { kind = "rule", body = "lead.language == \"zh\" && lead.estimated_value > 10000" }));
        await host.RuleAsync(new { name = "large chinese", ruleTemplate = "assignment.zh-large", repId = reps[0].Id });

        var large = await host.LeadAsync(new { name = "王芳", language = "zh", estimatedValue = 25000 });
        var small = await host.LeadAsync(new { name = "李雷", language = "zh", estimatedValue = 500 });

        Assert.Equal(reps[0].Id, large.OwnerId);
        Assert.Null(small.OwnerId);
        var decisions = await host.Admin.GetFromJsonAsync<List<AssignmentTests.Decision>>($"/api/lead-assignment/audit?recordType=lead&recordId={small.Id}", Http.Json);
        var condition = decisions!.Single().Explanation.GetProperty("rules")[0].GetProperty("conditions")[0].GetString();
        Assert.Contains("template assignment.zh-large: false", condition);
        Assert.Contains("lead.estimated_value = 500", condition);
    }

    [Fact]
    public async Task A_missing_rule_template_does_not_stop_capture()
    {
        var (_, reps) = await host.TeamAsync("East", 1);
        await host.RuleAsync(new { name = "broken", ruleTemplate = "no.such.template", repId = reps[0].Id });

        var lead = await host.LeadAsync(new { name = "still captured" });

        Assert.Null(lead.OwnerId);
    }

    [Fact]
    public async Task Existing_customers_are_assigned_on_demand_by_their_companys_industry()
    {
        var (team, reps) = await host.TeamAsync("Tech", 2);
        var company = await (await host.Admin.PostAsJsonAsync("/api/companies", new { name = "Acme", industry = "technolgy" })).As<JsonElement>();
        var unassigned = await host.CustomerAsync(new { name = "Zhang Wei", companyId = company.GetProperty("id").GetInt64() });
        await host.RuleAsync(new { name = "tech", industries = "technolgy,software", teamId = team });

        var rows = await (await host.Admin.PostAsJsonAsync("/api/lead-assignment/assign", new { recordType = "customer", ids = new[] { unassigned.Id } })).As<List<JsonElement>>();

        Assert.Equal(reps[0].Id, rows.Single().GetProperty("ownerId").GetInt64());
        var customer = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/customers/{unassigned.Id}");
        Assert.Equal((reps[0].Id, team), (customer.GetProperty("ownerId").GetInt64(), customer.GetProperty("teamId").GetInt64()));
    }
}
