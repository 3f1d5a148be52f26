using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>
/// Host start-up to first answered request, for no plugins (the baseline), the built-in plugins and 50
/// generated ones. Medians over several runs, each scenario warmed up once first (disk cache, JIT of the SDK).
/// </summary>
public static class StartupBench
{
    private const int GeneratedCount = 50;

    private sealed record Scenario(string Name, string PluginsDir, int ExpectedLoaded);

    private sealed record ScenarioResult(string Scenario, int PluginsLoaded, double MedianMs, double MinMs, double MaxMs, double RatioToBaseline, IReadOnlyList<double> RunsMs);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int runs)
    {
        var hostDir = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0");
        var hostDll = Path.Combine(hostDir, "PluginCrm.Host.dll");
        var builtInDir = Path.Combine(hostDir, "plugins");
        var fixtureDir = Path.Combine(repoRoot, "artifacts", "fixtures", configuration, "PluginCrm.Fixtures.Plugins");
        if (!File.Exists(hostDll))
        {
            Console.Error.WriteLine($"error: host not built: {hostDll}");
            return 1;
        }

        var emptyDir = Directory.CreateTempSubdirectory("crm-bench-none-").FullName;
        var generatedDir = Directory.CreateTempSubdirectory("crm-bench-gen-").FullName;
        try
        {
            GeneratedPlugins.Create(fixtureDir, generatedDir, GeneratedCount);
            Scenario[] scenarios =
            [
                new("no plugins", emptyDir, 0),
                new("built-in", builtInDir, Directory.Exists(builtInDir) ? Directory.GetDirectories(builtInDir).Length : 0),
                new($"{GeneratedCount} generated", generatedDir, GeneratedCount),
            ];

            Console.WriteLine($"host start-up to first 200 from /health; {configuration}, {runs} runs per scenario after 1 warm-up, .NET {Environment.Version}, {Environment.ProcessorCount} cpus");
            foreach (var scenario in scenarios)
                await MeasureAsync(hostDll, scenario);

            // Rounds take the scenarios in turn, so a machine that slows down or speeds up mid-run
            // shifts every scenario alike instead of skewing the ratios.
            var times = scenarios.ToDictionary(s => s, _ => new List<double>());
            for (var round = 0; round < runs; round++)
            {
                foreach (var scenario in scenarios)
                    times[scenario].Add(await MeasureAsync(hostDll, scenario));
            }

            var baseline = Median(times[scenarios[0]]);
            var results = scenarios.Select(s => new ScenarioResult(
                s.Name, s.ExpectedLoaded, Median(times[s]), times[s].Min(), times[s].Max(), Median(times[s]) / baseline, times[s])).ToList();
            Print(results);
            var file = Write(repoRoot, configuration, runs, results);
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, file)}");
            return 0;
        }
        catch (Exception ex) when (ex is BenchException or FileNotFoundException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            foreach (var line in (ex as BenchException)?.HostErrors ?? [])
                Console.Error.WriteLine($"  host: {line}");
            return 1;
        }
        finally
        {
            HostRun.DeleteQuietly(emptyDir);
            HostRun.DeleteQuietly(generatedDir);
        }
    }

    // A run only counts when every plugin of the scenario loaded: figures for a broken setup would mislead.
    private static async Task<double> MeasureAsync(string hostDll, Scenario scenario)
    {
        var run = await HostRun.MeasureAsync(hostDll, scenario.PluginsDir);
        if (run.Loaded != scenario.ExpectedLoaded || run.Failed != 0)
        {
            throw new BenchException(
                $"scenario '{scenario.Name}': /health reports {run.Loaded} loaded and {run.Failed} failed; expected {scenario.ExpectedLoaded} loaded and 0 failed",
                run.HostErrors);
        }
        return run.Milliseconds;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void Print(IReadOnlyList<ScenarioResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-14} {"plugins",8} {"median ms",10} {"min ms",8} {"max ms",8} {"ratio",7}");
        foreach (var r in results)
            Console.WriteLine($"{r.Scenario,-14} {r.PluginsLoaded,8} {r.MedianMs,10:0} {r.MinMs,8:0} {r.MaxMs,8:0} {r.RatioToBaseline,6:0.00}x");
        Console.WriteLine();
    }

    private static string Write(string repoRoot, string configuration, int runs, IReadOnlyList<ScenarioResult> results)
    {
        var dir = Directory.CreateDirectory(Path.Combine(repoRoot, "bench", "results")).FullName;
        var file = Path.Combine(dir, "startup.json");
        var report = new { benchmark = "startup", configuration, runs, warmupRuns = 1, timestamp = DateTimeOffset.UtcNow, scenarios = results };
        File.WriteAllText(file, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return file;
    }
}
