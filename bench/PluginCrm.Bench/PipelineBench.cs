using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// What <c>customer.create</c> costs over HTTP against a bare EF Core insert, with the pipeline's steps off and
/// with ten no-op steps on: one host, one client, every scenario in the same run.
/// </summary>
public static class PipelineBench
{
    private const int WarmupRequests = 200;
    private const int StepCount = 10;

    // Measured requests go in short rounds that take the scenarios in turn, so growing tables, WAL checkpoints
    // and a machine that speeds up or slows down mid-run fall on every scenario alike.
    private const int RoundSize = 100;

    private sealed record Scenario(string Key, string Name, string Path, bool BenchEnabled, int Steps);

    private static readonly Scenario[] Scenarios =
    [
        new("A", "bare EF insert (baseline)", "/api/bench/bare-customers", true, 0),
        new("B", "customer.create, bench off", "/api/customers", false, 0),
        new("C", "customer.create, 10 steps", "/api/customers", true, StepCount),
    ];

    private sealed record ScenarioResult(
        string Key, string Scenario, string Path, int Steps, int Requests, double RequestsPerSecond,
        double MeanMs, double StdDevMs, double P50Ms, double P95Ms, double RatioToBaseline);

    /// <summary>C minus B: what the ten steps added, and the two standard errors it has to beat to be more than noise.</summary>
    private sealed record StepCost(double MeanMs, double TwoStandardErrorsMs, double PerStepMicroseconds, bool AboveNoise);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int requests)
    {
        try
        {
            var report = await MeasureOnAsync(repoRoot, configuration, requests, _ => { });
            var written = ResultsFile.Write(repoRoot, "pipeline", report);
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Measures and prints the three scenarios on the database <paramref name="database"/> chooses; returns the report.</summary>
    public static async Task<object> MeasureOnAsync(string repoRoot, string configuration, int requests, Action<CrmTestHostOptions> database)
    {
        var build = Path.Combine(repoRoot, "artifacts", "bench-plugin", configuration);
        if (!File.Exists(Path.Combine(build, "PluginCrm.Bench.Plugin.dll")) || !File.Exists(Path.Combine(build, "plugin.json")))
            throw new BenchException($"bench plugin not built: {build}");

        // The built plugin never sits in the host's own plugins folder; this run gets a folder of its own.
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-pipeline-").FullName;
        try
        {
            var target = Directory.CreateDirectory(Path.Combine(pluginsDir, "bench")).FullName;
            foreach (var file in Directory.GetFiles(build))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));

            var rounds = (requests + RoundSize - 1) / RoundSize;
            Console.WriteLine($"POST creates over HTTP, {WarmupRequests} warm-up then {requests} measured requests per scenario in {rounds} rounds; {ResultsFile.Machine(configuration)}");
            var measured = await MeasureAsync(pluginsDir, requests, rounds, database);
            var results = Scenarios.Select(s => Result(s, measured[s], baseline: measured[Scenarios[0]])).ToList();
            var (b, c) = (measured[Scenarios[1]], measured[Scenarios[2]]);
            var difference = c.MeanMs - b.MeanMs;
            var noise = 2 * Math.Sqrt(b.StandardErrorMs * b.StandardErrorMs + c.StandardErrorMs * c.StandardErrorMs);
            var steps = new StepCost(difference, noise, difference * 1000 / StepCount, Math.Abs(difference) > noise);
            Print(results, steps);
            return new
            {
                benchmark = "pipeline",
                machine = ResultsFile.Machine(configuration),
                timestamp = DateTimeOffset.UtcNow,
                warmupRequests = WarmupRequests,
                requests,
                rounds,
                scenarios = results,
                tenStepsCost = steps,
            };
        }
        finally
        {
            HostRun.DeleteQuietly(pluginsDir);
        }
    }

    private static async Task<Dictionary<Scenario, Latencies>> MeasureAsync(string pluginsDir, int requests, int rounds, Action<CrmTestHostOptions> database)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = pluginsDir;
            database(o);
        });
        RequireSteps(host);
        var driver = new PipelineDriver(host.Client);

        foreach (var s in Scenarios)
            await driver.SendAsync(s.Path, s.BenchEnabled, WarmupRequests, into: null);
        var measured = Scenarios.ToDictionary(s => s, _ => new Latencies());
        for (var round = 0; round < rounds; round++)
        {
            var count = Math.Min(RoundSize, requests - round * RoundSize);
            foreach (var s in Scenarios)
                await driver.SendAsync(s.Path, s.BenchEnabled, count, measured[s]);
        }

        // Every create of B and C must have landed as a customer, or the figures would flatter the pipeline.
        var customers = await driver.CustomerCountAsync();
        var expected = Scenarios.Count(s => s.Path == "/api/customers") * (WarmupRequests + requests);
        if (customers != expected)
            throw new BenchException($"the host holds {customers} customers after the run; expected {expected}");
        return measured;
    }

    private static ScenarioResult Result(Scenario s, Latencies m, Latencies baseline) =>
        new(s.Key, s.Name, s.Path, s.Steps, m.Count, m.RequestsPerSecond, m.MeanMs, m.StdDevMs, m.P50Ms, m.P95Ms, m.MeanMs / baseline.MeanMs);

    // Scenario C means nothing unless the bench plugin loaded with all its steps, and no other plugin adds any.
    private static void RequireSteps(CrmTestHost host)
    {
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        if (catalog.Find("bench") is not { IsLoaded: true } bench)
            throw new BenchException($"the bench plugin did not load: {catalog.Find("bench")?.FailureReason ?? "not found"}");
        var steps = catalog.Loaded.SelectMany(e => e.Contributions.Steps).Count(s => s.Message == "customer.create");
        var own = bench.Contributions.Steps.Count(s => s.Message == "customer.create");
        if (own != StepCount || steps != StepCount)
            throw new BenchException($"customer.create has {steps} steps, {own} of them the bench plugin's; expected {StepCount}, all the bench plugin's");
    }

    private static void Print(IReadOnlyList<ScenarioResult> results, StepCost steps)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-30} {"steps",5} {"requests",8} {"req/s",7} {"mean ms",8} {"p50 ms",7} {"p95 ms",7} {"ratio",6}");
        foreach (var r in results)
            Console.WriteLine($"{$"{r.Key} {r.Scenario}",-30} {r.Steps,5} {r.Requests,8} {r.RequestsPerSecond,7:0} {r.MeanMs,8:0.000} {r.P50Ms,7:0.000} {r.P95Ms,7:0.000} {r.RatioToBaseline,5:0.00}x");
        Console.WriteLine();
        Console.WriteLine("ratio: mean latency over A's");
        Console.WriteLine($"ten no-op steps (C - B): {steps.MeanMs:+0.000;-0.000} ms per request on the mean, ±{steps.TwoStandardErrorsMs:0.000} ms (two standard errors); " +
            (steps.AboveNoise ? $"{steps.PerStepMicroseconds:0.0} µs per step" : "not distinguishable from noise at this request count"));
        Console.WriteLine();
    }
}
