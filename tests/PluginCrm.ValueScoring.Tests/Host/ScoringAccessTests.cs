using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>
/// Who reads what, over HTTP as signed-in users of two teams: a score is as private as its customer (lists, totals,
/// explanations, KPIs), an admin starts runs, managers and admins read them.
/// </summary>
public sealed class ScoringAccessTests : IAsyncLifetime
{
    private const string Scores = "/api/value-scoring/scores";

    private CrmTestHost host = null!;
    private HttpClient repA1 = null!, managerA = null!, repB = null!, managerB = null!, admin = null!;
    private long a1First, a1Second, a1Unscored, a2, b;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync();
        var east = await host.CreateTeamAsync("East");
        var west = await host.CreateTeamAsync("West");
        (_, repA1) = await host.SignedInUserAsync("a1@example.test", CrmRole.Rep, east);
        var (_, repA2) = await host.SignedInUserAsync("a2@example.test", CrmRole.Rep, east);
        (_, managerA) = await host.SignedInUserAsync("east.lead@example.test", CrmRole.Manager, east);
        (_, repB) = await host.SignedInUserAsync("b@example.test", CrmRole.Rep, west);
        (_, managerB) = await host.SignedInUserAsync("west.lead@example.test", CrmRole.Manager, west);
        (_, admin) = await host.SignedInUserAsync("admin@example.test", CrmRole.Admin);

        // One purchase each on 2025-06-10, so as of 2025-12-31 simple CLV = amount x 1 a year x 3 years.
        a1First = await BuyerAsync("A1's first", 10, repA1);
        a1Second = await BuyerAsync("A1's second", 20, repA1);
        a1Unscored = await SmallCrm.CustomerAsync(host, "A1's prospect", repA1);
        a2 = await BuyerAsync("A2's", 40, repA2);
        b = await BuyerAsync("B's", 80, repB);
        await SmallCrm.RunAsync(host, "2025-12-31");
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_rep_lists_and_explains_the_scores_of_its_own_customers_only()
    {
        var page = await GetAsync(repA1, Scores);

        Assert.Equal([a1First, a1Second], Listed(page));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        foreach (var customer in new[] { a1First, a1Second })
            Assert.Equal(customer, (await GetAsync(repA1, $"{Scores}/{customer}")).GetProperty("customerId").GetInt64());
    }

    [Fact]
    public async Task Another_reps_customer_reads_exactly_like_a_customer_without_a_score_or_none_at_all()
    {
        var unscored = await NotFoundAsync(repA1, a1Unscored);

        Assert.Equal(unscored, await NotFoundAsync(repA1, a2));
        Assert.Equal(unscored, await NotFoundAsync(repA1, b));
        Assert.Equal(unscored, await NotFoundAsync(repA1, 987_654));
        Assert.Equal(unscored, await NotFoundAsync(repB, a1First));
    }

    [Fact]
    public async Task A_manager_of_another_team_sees_none_of_the_teams_scores()
    {
        var page = await GetAsync(managerB, Scores);

        Assert.Equal([b], Listed(page));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var missing = await NotFoundAsync(managerB, 987_654);
        foreach (var customer in new[] { a1First, a1Second, a2 })
            Assert.Equal(missing, await NotFoundAsync(managerB, customer));
        Assert.Equal([b], Listed(await GetAsync(repB, Scores)));
    }

    [Fact]
    public async Task The_teams_manager_reads_every_score_of_its_team_and_an_admin_every_score()
    {
        Assert.Equal([a1First, a1Second, a2], Listed(await GetAsync(managerA, Scores)));
        foreach (var customer in new[] { a1First, a1Second, a2 })
            Assert.Equal(customer, (await GetAsync(managerA, $"{Scores}/{customer}")).GetProperty("customerId").GetInt64());
        await NotFoundAsync(managerA, b);

        Assert.Equal([a1First, a1Second, a2, b], Listed(await GetAsync(admin, Scores)));
        Assert.Equal(b, (await GetAsync(admin, $"{Scores}/{b}")).GetProperty("customerId").GetInt64());
    }

    [Fact]
    public async Task List_totals_count_only_the_customers_the_caller_reads()
    {
        var first = await GetAsync(repA1, $"{Scores}?pageSize=1");
        var second = await GetAsync(repA1, $"{Scores}?pageSize=1&page=2");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal([[a1First], [a1Second]], new[] { Listed(first), Listed(second) });
        Assert.Empty(Listed(await GetAsync(repA1, $"{Scores}?pageSize=1&page=3")));

        // Net spend 80, 40, 20, 10 of 150: those ranked above B's and A2's hold 0% and 53%, under 80%: class A.
        async Task<string> ClassA(HttpClient client)
        {
            var page = await GetAsync(client, $"{Scores}?class=A");
            return $"{page.GetProperty("total").GetInt32()}: {string.Join(" ", Listed(page))}";
        }
        Assert.Equal("0: ", await ClassA(repA1));
        Assert.Equal($"1: {a2}", await ClassA(managerA));
        Assert.Equal($"1: {b}", await ClassA(managerB));
        Assert.Equal($"2: {a2} {b}", await ClassA(admin));
    }

    [Fact]
    public async Task Only_an_admin_starts_a_run_and_only_managers_and_admins_read_runs()
    {
        var asOf = new { asOf = "2026-01-31" };
        Assert.Equal(HttpStatusCode.Forbidden, (await repA1.PostAsJsonAsync("/api/value-scoring/runs", asOf)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await managerA.PostAsJsonAsync("/api/value-scoring/runs", asOf)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().PostAsJsonAsync("/api/value-scoring/runs", asOf)).StatusCode);
        var started = await admin.PostAsJsonAsync("/api/value-scoring/runs", asOf);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var run = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        foreach (var reader in new[] { managerA, managerB, admin })
        {
            Assert.Equal(["2026-01-31", "2025-12-31"], (await GetAsync(reader, "/api/value-scoring/runs")).EnumerateArray().Select(r => r.GetProperty("asOf").GetString()));
            Assert.Equal(4, (await GetAsync(reader, $"/api/value-scoring/runs/{run}")).GetProperty("customers").GetInt32());
        }
        foreach (var rep in new[] { repA1, repB })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/api/value-scoring/runs")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync($"/api/value-scoring/runs/{run}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/api/value-scoring/runs")).StatusCode);
    }

    [Fact]
    public async Task Kpis_are_computed_over_the_customers_the_caller_reads_only()
    {
        // Simple CLV (too few customers for BG/NBD) = 3 x spend: A1's 30 and 60, A2's 120, B's 240.
        // Read: "customers, CLV total, every value a decile starts or ends at".
        Assert.Equal("2, 90, 30 60", await KpisAsync(repA1));
        Assert.Equal("1, 240, 240", await KpisAsync(repB));
        Assert.Equal("1, 240, 240", await KpisAsync(managerB));
        Assert.Equal("3, 210, 30 60 120", await KpisAsync(managerA));
        Assert.Equal("4, 450, 30 60 120 240", await KpisAsync(admin));
        var (_, newcomer) = await host.SignedInUserAsync("new@example.test", CrmRole.Rep, await host.CreateTeamAsync("North"));
        Assert.Equal("0, 0, ", await KpisAsync(newcomer));
        // B's class share is of what the caller reads: all of West's value.
        Assert.Equal(100m, (await GetAsync(managerB, "/api/value-scoring/kpis")).GetProperty("classes").EnumerateArray().Single().GetProperty("valueShare").GetDecimal());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/api/value-scoring/kpis")).StatusCode);
    }

    private async Task<long> BuyerAsync(string name, decimal amount, HttpClient owner)
    {
        var customer = await SmallCrm.CustomerAsync(host, name, owner);
        await SmallCrm.OrderAsync(host, customer, "2025-06-10", amount);
        return customer;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static long[] Listed(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetInt64()).ToArray();

    /// <summary>A 404 problem for one customer's explanation, with the customer's id taken out so that answers compare.</summary>
    private static async Task<(string? Type, string Fields, string? Title, string Detail)> NotFoundAsync(HttpClient client, long customer)
    {
        var response = await client.GetAsync($"{Scores}/{customer}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (problem.GetProperty("type").GetString(), string.Join(",", problem.EnumerateObject().Select(p => p.Name).Order()), problem.GetProperty("title").GetString(),
            problem.GetProperty("detail").GetString()!.Replace($"customer {customer} ", "customer N ", StringComparison.Ordinal));
    }

    private static async Task<string> KpisAsync(HttpClient client)
    {
        var kpis = await GetAsync(client, "/api/value-scoring/kpis");
        var clv = kpis.GetProperty("clv");
        var buckets = clv.GetProperty("deciles").EnumerateArray().SelectMany(d => new[] { d.GetProperty("from").GetDecimal(), d.GetProperty("to").GetDecimal() });
        return FormattableString.Invariant($"{kpis.GetProperty("customers").GetInt32()}, {clv.GetProperty("total").GetDecimal():0.##}, {string.Join(" ", buckets.Distinct().Order().Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}");
    }
}
