using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Access;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// Leads assigned per second through <c>POST /api/leads</c> with the lead-assignment plugin on (10 rules, 35 reps in
/// 5 teams, round robin, weighted round robin and least loaded), against the same creates with the module switched
/// off, in one host and one run, in interleaved rounds.
/// </summary>
public static class AssignBench
{
    private const int WarmupRequests = 100;
    private const int RoundSize = 100;
    private static readonly string[] Strategies = ["round-robin", "weighted-round-robin", "round-robin", "round-robin", "weighted-round-robin",
        "round-robin", "least-loaded", "round-robin", "weighted-round-robin", "round-robin"];

    private sealed record ScenarioRow(string Scenario, int Requests, double RequestsPerSecond, double MeanMs, double P50Ms, double P95Ms, double Ratio);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int requests)
    {
        var build = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "plugins", "PluginCrm.LeadAssignment");
        if (!File.Exists(Path.Combine(build, "plugin.json")))
        {
            Console.Error.WriteLine($"error: the lead-assignment plugin is not built: {build}");
            return 1;
        }
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-assign-").FullName;
        try
        {
            HostRun.CopyPlugin(build, Path.Combine(pluginsDir, "lead-assignment"));
            var rounds = (requests + RoundSize - 1) / RoundSize;
            Console.WriteLine($"POST /api/leads over HTTP, {WarmupRequests} warm-up then {requests} measured per scenario in {rounds} rounds; {ResultsFile.Machine(configuration)}");
            var (off, on) = await MeasureAsync(pluginsDir, requests, rounds);
            var rows = new[] { Row("lead.create, lead-assignment off", off, off), Row("lead.create + assignment (10 rules, 35 reps)", on, off) };
            Console.WriteLine();
            Console.WriteLine($"{"scenario",-46} {"requests",8} {"leads/s",8} {"mean ms",8} {"p50 ms",7} {"p95 ms",7} {"ratio",6}");
            foreach (var r in rows)
                Console.WriteLine($"{r.Scenario,-46} {r.Requests,8} {r.RequestsPerSecond,8:0} {r.MeanMs,8:0.000} {r.P50Ms,7:0.000} {r.P95Ms,7:0.000} {r.Ratio,5:0.00}x");
            var written = ResultsFile.Write(repoRoot, "assign", new { benchmark = "assign", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, requests, rounds, scenarios = rows });
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            HostRun.DeleteQuietly(pluginsDir);
        }
    }

    private static ScenarioRow Row(string name, Latencies m, Latencies baseline) =>
        new(name, m.Count, m.RequestsPerSecond, m.MeanMs, m.P50Ms, m.P95Ms, m.MeanMs / baseline.MeanMs);

    private static async Task<(Latencies Off, Latencies On)> MeasureAsync(string pluginsDir, int requests, int rounds)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = pluginsDir);
        var client = host.Client;
        await SetUpAsync(host);
        var sent = 0;
        async Task Send(bool assign, int count, Latencies? into)
        {
            await Switch(client, assign);
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var n = ++sent;
                var start = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/leads", new { name = $"Bench lead {n}", email = $"lead-{n}@example.com", region = $"r{n % 10}" });
                var latency = Stopwatch.GetElapsedTime(start);
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new BenchException($"POST /api/leads answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                if (assign && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ownerId").ValueKind != JsonValueKind.Number)
                    throw new BenchException($"lead {n} was not assigned with the module on");
                into?.Add(latency);
            }
            into?.AddWall(wall.Elapsed);
        }

        await Send(false, WarmupRequests, null);
        await Send(true, WarmupRequests, null);
        var (off, on) = (new Latencies(), new Latencies());
        for (var round = 0; round < rounds; round++)
        {
            var count = Math.Min(RoundSize, requests - round * RoundSize);
            await Send(false, count, off);
            await Send(true, count, on);
        }
        return (off, on);
    }

    // 35 reps in 5 teams of 7, and 10 rules: region r0..r9, two per team, by the strategies above.
    private static async Task SetUpAsync(CrmTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var allTeams = scope.ServiceProvider.GetRequiredService<Teams>();
        var teams = new List<long>();
        for (var t = 0; t < 5; t++)
        {
            teams.Add((await allTeams.AddAsync(new NewTeam($"Bench team {t}", null, null), CancellationToken.None)).Id);
            for (var r = 0; r < 7; r++)
                await accounts.AddAsync(new NewUser($"rep{t}.{r}@bench.example", $"Rep {t}.{r}", CrmRole.Rep, teams[t], Password: null), CancellationToken.None);
        }
        for (var i = 0; i < 10; i++)
        {
            using var response = await host.Client.PostAsJsonAsync("/api/lead-assignment/rules", new { name = $"rule {i}", regions = $"r{i}", teamId = teams[i / 2], strategy = Strategies[i] });
            if (response.StatusCode != HttpStatusCode.Created)
                throw new BenchException($"rule {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task Switch(HttpClient client, bool enable)
    {
        using var response = await client.PostAsync($"/api/plugins/lead-assignment/{(enable ? "enable" : "disable")}", null);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new BenchException($"could not switch lead-assignment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
