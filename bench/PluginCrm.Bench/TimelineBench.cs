using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// A long customer history over HTTP: <c>GET /api/customers/{id}/timeline</c>, its first page and a deep one (the 41st,
/// reached by following <c>next</c> 40 times), against <c>GET /api/customers/{id}</c> in the same host and run, as an admin
/// and as the customer's owning rep (whose entries are checked against record access). One customer has 5,000 orders and
/// 2,000 interactions over five years, 200 others a few orders each; the orders and interactions are written in bulk by
/// the demo's writer (normalised, version 1, one audit entry each, as the pipeline leaves them), the customers over HTTP.
/// No plugins: the host's own timeline sources. Rounds interleaved.
/// </summary>
public static class TimelineBench
{
    private const int Interactions = 2000;
    private const int OtherCustomers = 200;
    private const int OrdersEach = 3;
    private const int PageSize = 50;
    private const int DeepPage = 41; // after following next 40 times
    private const int Requests = 1000;
    private const int Warmup = 50;
    private const int RoundSize = 100;

    private sealed record ScenarioRow(string Scenario, int Requests, double RequestsPerSecond, double MeanMs, double P50Ms, double P95Ms, double Ratio);

    private sealed record Caller(string Name, HttpClient Client, string DeepCursor);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int orders)
    {
        try
        {
            const int rounds = Requests / RoundSize;
            Console.WriteLine($"GET /api/customers/{{id}}/timeline?pageSize={PageSize} for a customer with {orders:N0} orders and {Interactions:N0} interactions "
                + $"({OtherCustomers} other customers, {OrdersEach} orders each), {Requests} requests per scenario in {rounds} rounds; {ResultsFile.Machine(configuration)}");
            var (measured, seeding) = await MeasureAsync(orders, rounds);
            Console.WriteLine($"seeded in {seeding.TotalSeconds:0.0} s");
            var rows = measured.Select(m => Row(m.Key, m.Value, measured[$"{m.Key.Split(':')[0]}: GET customer"])).ToList();
            Console.WriteLine();
            Console.WriteLine($"{"scenario",-40} {"requests",8} {"req/s",7} {"mean ms",8} {"p50 ms",7} {"p95 ms",7} {"ratio",6}");
            foreach (var r in rows)
                Console.WriteLine($"{r.Scenario,-40} {r.Requests,8} {r.RequestsPerSecond,7:0} {r.MeanMs,8:0.000} {r.P50Ms,7:0.000} {r.P95Ms,7:0.000} {r.Ratio,5:0.00}x");
            var written = ResultsFile.Write(repoRoot, "timeline", new
            {
                benchmark = "timeline", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow,
                orders, interactions = Interactions, otherCustomers = OtherCustomers, pageSize = PageSize, deepPage = DeepPage, rounds, seedingSeconds = seeding.TotalSeconds, scenarios = rows,
            });
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static ScenarioRow Row(string name, Latencies m, Latencies baseline) =>
        new(name, m.Count, m.RequestsPerSecond, m.MeanMs, m.P50Ms, m.P95Ms, m.MeanMs / baseline.MeanMs);

    private static async Task<(Dictionary<string, Latencies> Measured, TimeSpan Seeding)> MeasureAsync(int orders, int rounds)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync();
        var seeding = Stopwatch.StartNew();
        var team = await host.CreateTeamAsync("Bench team");
        var (rep, repClient) = await host.SignedInUserAsync("rep@bench.example", CrmRole.Rep, team);
        var customer = await SeedAsync(host, rep.Id, team, orders);
        seeding.Stop();
        var callers = new List<Caller>();
        foreach (var (name, client) in new[] { ("admin", host.Client), ("rep", repClient) })
            callers.Add(new Caller(name, client, await DeepCursorAsync(client, customer)));

        var scenarios = new (string Name, Func<Caller, string> Uri)[]
        {
            ("GET customer", _ => $"/api/customers/{customer}"),
            ("timeline, first page", _ => $"/api/customers/{customer}/timeline?pageSize={PageSize}"),
            ($"timeline, page {DeepPage}", c => $"/api/customers/{customer}/timeline?pageSize={PageSize}&before={Uri.EscapeDataString(c.DeepCursor)}"),
        };
        var results = callers.SelectMany(c => scenarios.Select(s => $"{c.Name}: {s.Name}")).ToDictionary(k => k, _ => new Latencies());

        async Task Round(int count, bool measure)
        {
            foreach (var caller in callers)
            {
                foreach (var (name, uri) in scenarios)
                {
                    var latencies = results[$"{caller.Name}: {name}"];
                    var wall = Stopwatch.StartNew();
                    for (var i = 0; i < count; i++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        using var response = await caller.Client.GetAsync(uri(caller));
                        var latency = Stopwatch.GetElapsedTime(start);
                        await BenchHttp.EnsureAsync(response);
                        if (measure)
                            latencies.Add(latency);
                    }
                    if (measure)
                        latencies.AddWall(wall.Elapsed);
                }
            }
        }

        await Round(Warmup, measure: false);
        for (var round = 0; round < rounds; round++)
            await Round(RoundSize, measure: true);
        return (results, seeding.Elapsed);
    }

    // Follows next from the first page DeepPage - 1 times, checking every page is full, and returns the cursor of the last.
    private static async Task<string> DeepCursorAsync(HttpClient client, long customer)
    {
        string? before = null;
        for (var page = 1; page < DeepPage; page++)
        {
            var uri = $"/api/customers/{customer}/timeline?pageSize={PageSize}" + (before is null ? "" : $"&before={Uri.EscapeDataString(before)}");
            var body = await BenchHttp.EnsureAsync(await client.GetAsync(uri));
            if (body.GetProperty("items").GetArrayLength() != PageSize || body.GetProperty("next").ValueKind != JsonValueKind.String)
                throw new BenchException($"timeline page {page} is not a full page with a next: the history is too short for page {DeepPage}");
            before = body.GetProperty("next").GetString();
        }
        return before!;
    }

    // The long customer and 200 others over HTTP, owned by the rep; their orders and the interactions in bulk, over five years up to now.
    private static async Task<long> SeedAsync(CrmTestHost host, long repId, long teamId, int orders)
    {
        var customers = new List<long>();
        for (var i = 0; i <= OtherCustomers; i++)
            customers.Add(await BenchHttp.IdOfAsync(await host.Client.PostAsJsonAsync("/api/customers",
                new { name = $"Bench customer {i}", email = $"c{i}@bench.example", ownerId = repId, teamId, consentToContact = true })));
        var now = DateTime.UtcNow;
        var span = TimeSpan.FromDays(5 * 365);
        DateTime At(int n, int of) => now - span + span * (n + 0.5) / of;
        var placed = Enumerable.Range(0, orders).Select(n => (Customer: customers[0], At: At(n, orders)))
            .Concat(customers.Skip(1).SelectMany(c => Enumerable.Range(0, OrdersEach).Select(n => (Customer: c, At: At(n * 97 + (int)(c % 89), OrdersEach * 100)))))
            .OrderBy(o => o.At).ToList();
        await using var scope = host.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<DemoWriter>();
        await writer.CreateAsync(CoreRecords.Orders, placed.Select((o, n) =>
            (new OrderRecord(0, $"TL-{n + 1:000000}", o.Customer, o.At, 0m, "CNY", [new OrderLineRecord(null, "Bench widget", 1 + n % 3, 99.5m)], default, default, 0), o.At)), CancellationToken.None);
        await writer.CreateAsync(CoreRecords.Interactions, Enumerable.Range(0, Interactions).Select(n =>
            (new InteractionRecord(0, customers[0], null, (InteractionKind)(n % 5), At(n, Interactions), repId, $"Follow-up call {n + 1}", null, null, default, default, 0), At(n, Interactions))),
            CancellationToken.None);
        return customers[0];
    }
}
