using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// The web console's pages on the generated demo (the five built-in modules on), as the East team's manager: each page
/// (server-rendered HTML) against the API calls it is built on, made by the same caller in the same host and run, so the
/// ratio is what rendering the page adds to fetching its data. Pages and API calls are authenticated alike (a bearer
/// token), bytes are the response bodies as sent (the host does not compress). Rounds interleaved.
/// </summary>
public static class ConsoleBench
{
    private const int Warmup = 20;

    private sealed record ScenarioRow(string Page, int Requests, double MeanMs, double P50Ms, double P95Ms, long Bytes,
        string Baseline, double BaselineMeanMs, double BaselineP95Ms, long BaselineBytes, double P95Ratio);

    private sealed record Scenario(string Page, string[] Baseline);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int requests)
    {
        try
        {
            var rounds = Math.Max(1, requests / 20);
            var plugins = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "plugins");
            Console.WriteLine($"Console pages on the generated demo as {DemoStaff.Manager}, {rounds * 20} requests per page and per baseline in {rounds} rounds; {ResultsFile.Machine(configuration)}");
            var (measured, scenarios, seeding) = await MeasureAsync(plugins, rounds);
            Console.WriteLine($"demo generated in {seeding.TotalSeconds:0.0} s");
            var rows = scenarios.Select(s =>
            {
                var (page, bytes) = measured[s.Page];
                var (baseline, baselineBytes) = measured[Key(s.Baseline)];
                return new ScenarioRow(s.Page, page.Count, page.MeanMs, page.P50Ms, page.P95Ms, bytes, Key(s.Baseline), baseline.MeanMs, baseline.P95Ms, baselineBytes, page.P95Ms / baseline.P95Ms);
            }).ToList();
            Console.WriteLine();
            Console.WriteLine($"{"page",-26} {"mean ms",8} {"p95 ms",7} {"bytes",8} | {"mean ms",8} {"p95 ms",7} {"bytes",8} {"p95 ratio",9}  baseline");
            foreach (var r in rows)
                Console.WriteLine($"{r.Page.Split('?')[0],-26} {r.MeanMs,8:0.00} {r.P95Ms,7:0.00} {r.Bytes,8} | {r.BaselineMeanMs,8:0.00} {r.BaselineP95Ms,7:0.00} {r.BaselineBytes,8} {r.P95Ratio,8:0.00}x  {Label(r.Baseline)}");
            var written = ResultsFile.Write(repoRoot, "console", new
            {
                benchmark = "console", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow,
                user = DemoStaff.Manager, rounds, seedingSeconds = seeding.TotalSeconds, pages = rows,
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

    // The first call of a baseline, and how many more it makes, for a line of the table.
    private static string Label(string baseline)
    {
        var calls = baseline.Split(" + ");
        return calls[0].Split('?')[0] + (calls.Length > 1 ? $" + {calls.Length - 1} more" : "");
    }

    // A baseline of several calls (the deals board's four columns, the KPI screen's reports) is timed as their sum, one after another.
    private static string Key(string[] calls) => string.Join(" + ", calls);

    private static async Task<(Dictionary<string, (Latencies Latencies, long Bytes)>, List<Scenario>, TimeSpan)> MeasureAsync(string plugins, int rounds)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins);
        var seeding = Stopwatch.StartNew();
        await host.Services.GetRequiredService<DemoGenerator>().GenerateAsync(DemoGenerator.DefaultSeed, new Progress<string>(), CancellationToken.None);
        seeding.Stop();
        using var client = await SignedInAsync(host, DemoStaff.Manager);
        // One of the team's own customers, whose page offers the manager the reassign form (a pool customer it only reads would not).
        var team = (await BenchHttp.EnsureAsync(await client.GetAsync("/api/auth/me"))).GetProperty("teamId").GetInt64();
        var customer = (await BenchHttp.EnsureAsync(await client.GetAsync("/api/customers?pageSize=50&sort=name"))).GetProperty("items").EnumerateArray()
            .First(c => c.GetProperty("teamId") is { ValueKind: System.Text.Json.JsonValueKind.Number } t && t.GetInt64() == team).GetProperty("id").GetInt64();
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        var period = $"from={month.AddMonths(-12):yyyy-MM-dd}&to={month.AddMonths(1):yyyy-MM-dd}";
        var kpis = $"{period}&by=month";
        List<Scenario> scenarios =
        [
            new("/", ["/api/me/day"]),
            new("/customers", ["/api/customers?pageSize=25&sort=name"]),
            new($"/customers/{customer}", [$"/api/customers/{customer}", $"/api/customers/{customer}/timeline"]),
            new("/deals", [.. new[] { "lead", "qualified", "proposal", "negotiation" }.Select(s => $"/api/deals?stage={s}&pageSize=20&sort=-createdUtc")]),
            new($"/kpis?{kpis}", [.. new[] { "funnel", "sales", "orders", "retention", "conversion", "acquisition" }.Select(k => $"/api/kpis/{k}?{kpis}"),
                "/api/value-scoring/kpis", $"/api/value-scoring/kpis/acquisition?{period}", "/api/feedback/complaints/stats"]),
            new("/m/lead-assignment/pool", ["/api/lead-assignment/pool"]),
        ];
        var results = new Dictionary<string, (Latencies Latencies, long Bytes)>();
        foreach (var s in scenarios)
        {
            results[s.Page] = (new Latencies(), 0);
            results[Key(s.Baseline)] = (new Latencies(), 0);
        }

        async Task Round(int count, bool measure)
        {
            foreach (var s in scenarios)
            {
                foreach (var (key, calls) in new[] { (s.Page, new[] { s.Page }), (Key(s.Baseline), s.Baseline) })
                {
                    var (latencies, _) = results[key];
                    var wall = Stopwatch.StartNew();
                    for (var i = 0; i < count; i++)
                    {
                        var (latency, bytes) = await TimeAsync(client, calls);
                        if (measure)
                        {
                            latencies.Add(latency);
                            results[key] = (latencies, bytes);
                        }
                    }
                    if (measure)
                        latencies.AddWall(wall.Elapsed);
                }
            }
        }

        await Round(Warmup, measure: false);
        for (var round = 0; round < rounds; round++)
            await Round(20, measure: true);
        return (results, scenarios, seeding.Elapsed);
    }

    // The calls one after another, as the page makes them; the time is from the first request to the last body read.
    private static async Task<(TimeSpan Latency, long Bytes)> TimeAsync(HttpClient client, string[] calls)
    {
        long bytes = 0;
        var start = Stopwatch.GetTimestamp();
        foreach (var call in calls)
        {
            using var response = await client.GetAsync(call);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
                throw new BenchException($"GET {call} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            bytes += body.Length;
        }
        return (Stopwatch.GetElapsedTime(start), bytes);
    }

    private static async Task<HttpClient> SignedInAsync(CrmTestHost host, string email)
    {
        var client = host.AnonymousClient();
        var session = await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = DemoStaff.Password }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }
}
