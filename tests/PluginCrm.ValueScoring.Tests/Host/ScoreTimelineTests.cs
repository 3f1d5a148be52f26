using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>Each run's score of a customer is on the customer's timeline, with its explanation, for whoever reads the customer.</summary>
public sealed class ScoreTimelineTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await ScoringHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_runs_score_is_an_entry_with_its_explanation_newest_run_first()
    {
        var east = await host.CreateTeamAsync("East");
        var west = await host.CreateTeamAsync("West");
        var (_, rep) = await host.SignedInUserAsync("a@example.test", CrmRole.Rep, east);
        var (_, other) = await host.SignedInUserAsync("b@example.test", CrmRole.Rep, west);
        var customer = await SmallCrm.CustomerAsync(host, "Wang", rep);
        await SmallCrm.OrderAsync(host, customer, "2025-06-10", 10m);
        await SmallCrm.OrderAsync(host, await SmallCrm.CustomerAsync(host, "Li", rep), "2025-06-10", 30m);
        var firstAt = host.Clock.GetUtcNow().UtcDateTime;
        var first = await SmallCrm.RunAsync(host, "2025-12-31");
        host.Clock.Advance(TimeSpan.FromHours(1));
        var second = await SmallCrm.RunAsync(host, "2026-01-01");

        var response = await rep.GetAsync($"/api/customers/{customer}/timeline?kinds=score");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([(firstAt.AddHours(1), second), (firstAt, first)],
            items.Select(i => (i.GetProperty("whenUtc").GetDateTime(), i.GetProperty("data").GetProperty("runId").GetInt64())));
        // One purchase of 10 on 2025-06-10: simple CLV = 10 a purchase x 1 purchase a year x 3 years = 30.00. Class A: the
        // customer ranked above it (30) holds 30 / 40 = 75% of the value, under the 80% of class A. Both customers
        // share the worst recency and frequency (1, 1): lost.
        Assert.All(items, i => Assert.StartsWith("Scored lost, class A, CLV 30.00", i.GetProperty("title").GetString()));
        Assert.EndsWith("(as of 2025-12-31)", items[1].GetProperty("title").GetString());
        var explanation = items[1].GetProperty("data").GetProperty("explanation");
        Assert.Equal((customer, first), (explanation.GetProperty("customerId").GetInt64(), explanation.GetProperty("runId").GetInt64()));
        var simpleClv = explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "simpleClv");
        Assert.Equal(30m, simpleClv.GetProperty("value").GetDecimal());
        Assert.Contains("simple CLV 30.00", items[1].GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/customers/{customer}/timeline")).StatusCode);
    }
}
