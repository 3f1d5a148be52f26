using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>
/// The average CLV of a period's new customers against their acquisition cost, over what the caller reads. New in June
/// 2025 (first purchase on 06-10): A1's 10 and 20 (East), B's 80 (West); an older customer of B's bought in 2024 and
/// again in June, so it is not new. As of 2025-12-31 the simple CLV of a one-purchase customer is amount × 1 a year ×
/// 3 years: 30, 60, 240. Spend over June: East marketing 60, company-wide sales 90.
/// </summary>
public sealed class ClvToAcquisitionTests : IAsyncLifetime
{
    private const string June = "/api/value-scoring/kpis/acquisition?from=2025-06-01&to=2025-07-01";

    private CrmTestHost host = null!;
    private HttpClient repA1 = null!, managerA = null!, repB = null!, admin = null!;
    private long west;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync();
        var east = await host.CreateTeamAsync("East");
        west = await host.CreateTeamAsync("West");
        (_, repA1) = await host.SignedInUserAsync("a1@example.test", CrmRole.Rep, east);
        (_, managerA) = await host.SignedInUserAsync("east.lead@example.test", CrmRole.Manager, east);
        (_, repB) = await host.SignedInUserAsync("b@example.test", CrmRole.Rep, west);
        (_, admin) = await host.SignedInUserAsync("admin@example.test", CrmRole.Admin);
        foreach (var (amount, owner) in new[] { (10m, repA1), (20m, repA1), (80m, repB) })
            await SmallCrm.OrderAsync(host, await SmallCrm.CustomerAsync(host, $"buyer {amount}", owner), "2025-06-10", amount);
        var regular = await SmallCrm.CustomerAsync(host, "regular", repB);
        await SmallCrm.OrderAsync(host, regular, "2024-06-10", 500m);
        await SmallCrm.OrderAsync(host, regular, "2025-06-10", 500m);
        await SpendAsync(east, "marketing", 60m);
        await SpendAsync(null, "sales", 90m);
        await SmallCrm.RunAsync(host, "2025-12-31");
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_admin_compares_the_average_clv_of_all_new_customers_with_the_company_cost_per_new_customer()
    {
        var figures = await GetAsync(admin, June);

        // (30 + 60 + 240) / 3 = 110 against (60 + 90) / 3 = 50.
        Assert.Equal("3, 3, 110, 50, 2.2, simpleClv", Read(figures));
        // A team: West won B's 80 (CLV 240) and carries 1/3 of the company-wide 90: 30.
        Assert.Equal("1, 1, 240, 30, 8, simpleClv", Read(await GetAsync(admin, $"{June}&teamId={west}")));
    }

    [Fact]
    public async Task A_manager_compares_its_teams_and_a_rep_has_no_cost_to_compare_with()
    {
        // East: (30 + 60) / 2 = 45 against (60 + 90 × 2/3) / 2 = 60.
        Assert.Equal("2, 2, 45, 60, 0.75, simpleClv", Read(await GetAsync(managerA, June)));
        // Spend is not defined per rep: the CLV is there, the cost and the ratio are not.
        Assert.Equal("2, 2, 45, -, -, simpleClv", Read(await GetAsync(repA1, June)));
        Assert.Equal("1, 1, 240, -, -, simpleClv", Read(await GetAsync(repB, June)));
    }

    [Fact]
    public async Task A_period_without_new_customers_has_no_average_and_bad_parameters_are_named()
    {
        Assert.Equal("0, 0, -, -, -, simpleClv", Read(await GetAsync(admin, "/api/value-scoring/kpis/acquisition?from=2027-01-01&to=2027-02-01")));

        var response = await admin.GetAsync("/api/value-scoring/kpis/acquisition?from=2025-13-01&to=soon&teamId=west&sort=clv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["from", "sort", "teamId", "to"], errors.EnumerateObject().Select(e => e.Name).Order());
        var backwards = await admin.GetAsync("/api/value-scoring/kpis/acquisition?from=2025-07-01&to=2025-06-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    private async Task SpendAsync(long? teamId, string kind, decimal amount)
    {
        var response = await host.Client.PostAsJsonAsync("/api/spend", new { from = "2025-06-01", to = "2025-07-01", teamId, kind, amount, currency = "USD" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>"new customers, scored, average CLV, cost per new customer, CLV ÷ cost, measure", "-" for null.</summary>
    private static string Read(JsonElement figures)
    {
        static string Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "-" : value.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return $"{figures.GetProperty("newCustomers").GetInt32()}, {figures.GetProperty("scored").GetInt32()}, {Number(figures.GetProperty("averageClv"))}, " +
               $"{Number(figures.GetProperty("acquisitionCost"))}, {Number(figures.GetProperty("clvToCost"))}, {figures.GetProperty("measure").GetString()}";
    }
}
