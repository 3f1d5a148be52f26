using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Templates;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>Rules as a plugin evaluates them through the SDK, and as an admin saves and previews them.</summary>
public sealed class RuleTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private static readonly DateTime Captured = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static LeadRecord Lead(string region, decimal? value) =>
        new(7, "Li Lei", "Acme", "li@example.com", null, "web", region, "retail", "zh", "GTX Pro", value, null, null, LeadStatus.New, null, Captured, Captured, 1);

    private T WithRules<T>(Func<IRuleEvaluator, T> use)
    {
        using var scope = host.Services.CreateScope();
        return use(scope.ServiceProvider.GetRequiredService<IRuleEvaluator>());
    }

    private const string EastAndLarge = "lead.region == \"east\" && lead.estimated_value > 10000";

    [Fact]
    public void A_matching_rule_explains_each_condition_with_the_values_it_read()
    {
        var outcome = WithRules(r => r.Evaluate(EastAndLarge, new Dictionary<string, object?> { ["lead"] = Lead("east", 25_000m) }, CancellationToken.None));

        Assert.True(outcome.Matched);
        Assert.Equal(["true", "true"], outcome.Terms.Select(t => t.Result));
        Assert.Equal(["lead.region = \"east\""], outcome.Terms[0].Values);
        Assert.Equal(["lead.estimated_value = 25000"], outcome.Terms[1].Values);
        Assert.StartsWith("true: lead.region == \"east\" is true (lead.region = \"east\")", outcome.Explanation);
    }

    [Fact]
    public void A_failing_rule_shows_which_condition_failed()
    {
        var outcome = WithRules(r => r.Evaluate(EastAndLarge, new Dictionary<string, object?> { ["lead"] = Lead("west", 25_000m) }, CancellationToken.None));

        Assert.False(outcome.Matched);
        Assert.Equal(["false", "true"], outcome.Terms.Select(t => t.Result));
        Assert.Contains("lead.region = \"west\"", outcome.Explanation);
    }

    [Fact]
    public void A_rule_reads_plain_values_and_nested_models_that_modules_add()
    {
        var model = new Dictionary<string, object?>
        {
            ["score"] = new Dictionary<string, object?> { ["segment"] = "at_risk", ["recency_days"] = 120, ["clv"] = 310.5m },
            ["threshold"] = 90,
        };

        var outcome = WithRules(r => r.Evaluate("score.segment == \"at_risk\" || (score.recency_days > threshold && score.clv > 100)", model, CancellationToken.None));

        Assert.True(outcome.Matched);
        Assert.Equal(3, outcome.Terms.Count);
        Assert.Equal(["score.recency_days = 120", "threshold = 90"], outcome.Terms[1].Values);
    }

    [Theory]
    [InlineData("lead.regoin == \"east\"", "line 1, column 1: lead has no member 'regoin' (did you mean 'region'?)")]
    [InlineData("lead.region = \"east\"", "line 1, column 1: a rule is one expression")]
    [InlineData("lead.region == \"east\"\nlead.source == \"web\"", "line 2, column 1: a rule is one expression")]
    [InlineData("lead.region ==", "line 1, column 15: ")]
    [InlineData("lead.estimated_value * 2", "line 1, column 1: The rule gives 2, not true or false")]
    [InlineData("lead.region == \"east\" and lead.source == \"web\"", "line 1, column 1: 'and' is not in the model; it has: lead")]
    public void Validation_names_the_problem_with_line_and_column(string rule, string expected)
    {
        var problems = WithRules(r => r.Validate(rule, new Dictionary<string, object?> { ["lead"] = Lead("east", 1m) }));

        Assert.NotEmpty(problems);
        Assert.StartsWith(expected, problems[0]);
    }

    [Fact]
    public void A_valid_rule_has_no_problems() =>
        Assert.Empty(WithRules(r => r.Validate(EastAndLarge, new Dictionary<string, object?> { ["lead"] = Lead("east", 1m) })));

    [Fact]
    public void A_rule_that_is_not_true_or_false_is_refused()
    {
        var error = Assert.Throws<RuleException>(() =>
            WithRules(r => r.Evaluate("lead.estimated_value * 2", new Dictionary<string, object?> { ["lead"] = Lead("east", 10m) }, CancellationToken.None)));

        Assert.Contains("gives 20, not true or false", error.Message);
    }

    [Fact]
    public void A_rule_cannot_reach_net_objects()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            WithRules(r => r.Evaluate("svc != null", new Dictionary<string, object?> { ["svc"] = host.Services }, CancellationToken.None)));

        Assert.Contains("cannot hold", error.Message);
    }

    private sealed record Preview(string Output, bool? Matched, string? Explanation);

    private sealed record View(string Key, string Kind, int CurrentVersion);

    [Fact]
    public async Task An_admin_saves_a_rule_previews_it_and_plugins_evaluate_the_stored_version()
    {
        var saved = await host.Client.Put("/api/templates/assignment.east-large", new { kind = "rule", body = "lead.region == \"east\" && lead.estimated_value > 10000" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);

        var previewed = await host.Client.Post("/api/templates/assignment.east-large/preview", new { recordType = "lead", sample = true });
        Assert.True(previewed.IsSuccessStatusCode, await previewed.Content.ReadAsStringAsync());
        var preview = await previewed.As<Preview>();
        var sample = (LeadRecord)Host.Templates.Preview.SampleRecords.All["lead"]!;
        var expected = sample.Region == "east" && sample.EstimatedValue > 10000; // the sample record decides, not this test
        Assert.Equal(expected ? "true" : "false", preview.Output);
        Assert.Equal(expected, preview.Matched);
        Assert.Contains("lead.estimated_value = ", preview.Explanation);

        using var scope = host.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IRuleEvaluator>()
            .EvaluateTemplateAsync("assignment.east-large", new Dictionary<string, object?> { ["lead"] = Lead("east", 50_000m) }, CancellationToken.None);
        Assert.True(outcome.Matched);
        Assert.Equal(1, outcome.TemplateVersion);
    }

    [Fact]
    public async Task Saving_refuses_a_rule_or_message_that_reads_a_member_the_model_lacks()
    {
        var rule = await host.Client.Put("/api/templates/bad.rule", new { kind = "rule", body = "lead.region == \"east\" && lead.valeu > 1" });
        var message = await host.Client.Put("/api/templates/bad.message", new { kind = "message", body = "Dear {{ customer.nmae }},\n{{ for line in order.lines }}{{ line.whatever }}{{ end }}" });

        Assert.Equal(HttpStatusCode.BadRequest, rule.StatusCode);
        Assert.Contains((await rule.As<Problem>()).Errors!["body"], e => e.StartsWith("line 1, column 26: lead has no member 'valeu'"));
        Assert.Equal(HttpStatusCode.BadRequest, message.StatusCode);
        // Only what can be known before rendering: customer.nmae, not the loop variable's member.
        Assert.Equal(["line 1, column 9: customer has no member 'nmae' (did you mean 'name'?)"], (await message.As<Problem>()).Errors!["body"]);
        Assert.Empty(await host.Client.Get<List<View>>("/api/templates"));
    }

    [Fact]
    public async Task An_error_at_the_end_of_a_message_is_placed_at_the_end_not_at_line_0()
    {
        var response = await host.Client.Put("/api/templates/cut.short", new { kind = "message", body = "Dear {{ customer.name }},\n{{ customer.name ==" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All((await response.As<Problem>()).Errors!["body"], e => Assert.Matches("^line 2, column [1-9][0-9]*: ", e));
    }

    [Fact]
    public async Task A_rule_preview_that_fails_is_a_problem_not_a_crash()
    {
        var response = await host.Client.Post("/api/templates/preview", new { kind = "rule", body = "lead.estimated_value + 1", recordType = "lead", sample = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("not true or false", (await response.As<Problem>()).Detail);
    }
}
