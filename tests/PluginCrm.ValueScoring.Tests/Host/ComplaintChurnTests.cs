using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>
/// Churn on open complaints across two plugins: the feedback plugin's complaints reach a scoring run through the SDK's
/// ICustomerComplaints (neither plugin references the other).
/// </summary>
public sealed class ComplaintChurnTests
{
    [Fact]
    public async Task An_unresolved_complaint_warns_of_churn_and_a_resolved_one_or_the_feedback_module_off_does_not()
    {
        await using var host = await ScoringHost.StartAsync(o => o.AddPlugin<Feedback.FeedbackPlugin>());
        // Both buy monthly all year (no silence, no falling spend, too few customers for BG/NBD): only complaints can warn.
        var unhappy = await SmallCrm.CustomerAsync(host, "Unhappy Buyer");
        var appeased = await SmallCrm.CustomerAsync(host, "Appeased Buyer");
        foreach (var customer in new[] { unhappy, appeased })
            for (var month = 1; month <= 12; month++)
                await SmallCrm.OrderAsync(host, customer, $"2025-{month:00}-15", 100);
        await ComplainAsync(host, unhappy);
        var settled = await ComplainAsync(host, appeased);
        await ActAsync(host, settled, "resolve", 1, new { resolution = "refunded" });

        var run = await SmallCrm.RunAsync(host, "2025-12-31");
        (await host.Client.PostAsync("/api/plugins/feedback/disable", null)).EnsureSuccessStatusCode();
        var runWithoutFeedback = await SmallCrm.RunAsync(host, "2025-12-31");

        Assert.Equal((true, "1 unresolved complaint against a warning at 1"), await SignalAsync(host, unhappy, run));
        Assert.Equal((false, "0 unresolved complaints against a warning at 1"), await SignalAsync(host, appeased, run));
        Assert.Equal((false, "complaints not checked: the feedback module is not installed or is off"), await SignalAsync(host, unhappy, runWithoutFeedback));
    }

    [Fact]
    public async Task A_churn_warning_in_a_run_as_of_today_moves_the_customer_to_at_risk_with_its_reason_and_an_earlier_run_moves_nothing()
    {
        await using var host = await ScoringHost.StartAsync(o => o.AddPlugin<Feedback.FeedbackPlugin>());
        var unhappy = await SmallCrm.CustomerAsync(host, "Unhappy Buyer");
        for (var month = 1; month <= 12; month++)
            await SmallCrm.OrderAsync(host, unhappy, $"2025-{month:00}-15", 100);
        await ComplainAsync(host, unhappy);

        await SmallCrm.RunAsync(host, "2025-12-31");
        Assert.Equal("repeat", (await SmallCrm.GetAsync(host, $"/api/customers/{unhappy}")).GetProperty("stage").GetString());
        await SmallCrm.RunAsync(host, host.Clock.GetUtcNow().ToString("yyyy-MM-dd"));

        Assert.Equal("atRisk", (await SmallCrm.GetAsync(host, $"/api/customers/{unhappy}")).GetProperty("stage").GetString());
        var move = (await SmallCrm.GetAsync(host, $"/api/customers/{unhappy}/audit")).EnumerateArray().Last();
        Assert.Equal(("value-scoring", "churn warning: 1 unresolved complaint against a warning at 1"),
            (move.GetProperty("userName").GetString(), move.GetProperty("reason").GetString()));
    }

    private static async Task<long> ComplainAsync(Sdk.Testing.CrmTestHost host, long customerId)
    {
        var response = await host.Client.PostAsJsonAsync("/api/feedback/complaints",
            new { customerId, subject = "Wrong size", description = "The shoes are a size too small", category = "product", channel = "email" });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    private static async Task ActAsync(Sdk.Testing.CrmTestHost host, long id, string action, long version, object body)
    {
        var fields = JsonSerializer.SerializeToNode(body)!.AsObject();
        fields["version"] = version;
        (await host.Client.PostAsJsonAsync($"/api/feedback/complaints/{id}/{action}", fields)).EnsureSuccessStatusCode();
    }

    private static async Task<(bool Fired, string Detail)> SignalAsync(Sdk.Testing.CrmTestHost host, long customer, long run)
    {
        var explanation = await SmallCrm.GetAsync(host, $"/api/value-scoring/scores/{customer}?runId={run}");
        var signal = explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "churnWarning")
            .GetProperty("inputs").GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "open-complaints");
        return (signal.GetProperty("fired").GetBoolean(), signal.GetProperty("detail").GetString()!);
    }
}
