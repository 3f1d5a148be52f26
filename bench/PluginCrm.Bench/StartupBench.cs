using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>
/// Start-up to the first answered request: a bare ASP.NET Core + EF Core SQLite app (the baseline), the host with no
/// plugins, with 4 and with 50 generated ones, and with the built-in ones; each with a fresh database (a first start), then
/// the bare app and the host with no plugins again on the database their first run made (a restart). Medians over
/// several runs in rounds that take the scenarios in turn, each warmed up once first (disk cache), with the host's own
/// account of where its start went, phase by phase (median of each phase).
/// </summary>
public static class StartupBench
{
    private const int GeneratedCount = 50, FewCount = 4;

    /// <summary>A scenario; a null plugins folder is the bare app; a data folder makes it a restart on that folder's database.</summary>
    private sealed record Scenario(string Name, string? PluginsDir, int ExpectedLoaded, string? DataDir = null);

    private sealed record ScenarioResult(
        string Scenario, int PluginsLoaded, double MedianMs, double MinMs, double MaxMs, double RatioToBaseline, IReadOnlyList<double> RunsMs,
        IReadOnlyDictionary<string, double> MedianPhasesMs);

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

        var bareDll = Path.Combine(repoRoot, "bench", "PluginCrm.Bench.BareApp", "bin", configuration, "net10.0", "PluginCrm.Bench.BareApp.dll");
        if (!File.Exists(bareDll))
        {
            Console.Error.WriteLine($"error: the bare app is not built: {bareDll}");
            return 1;
        }

        var emptyDir = Directory.CreateTempSubdirectory("crm-bench-none-").FullName;
        var fewDir = Directory.CreateTempSubdirectory("crm-bench-few-").FullName;
        var generatedDir = Directory.CreateTempSubdirectory("crm-bench-gen-").FullName;
        var bareData = Directory.CreateTempSubdirectory("crm-bench-bare-data-").FullName;
        var hostData = Directory.CreateTempSubdirectory("crm-bench-host-data-").FullName;
        try
        {
            GeneratedPlugins.Create(fixtureDir, fewDir, FewCount);
            GeneratedPlugins.Create(fixtureDir, generatedDir, GeneratedCount);
            Scenario[] scenarios =
            [
                new("bare ASP.NET Core + EF Core SQLite app", null, 0),
                new("host, no plugins", emptyDir, 0),
                new($"host, {FewCount} generated", fewDir, FewCount),
                new($"host, {GeneratedCount} generated", generatedDir, GeneratedCount),
                new("host, built-in", builtInDir, Directory.Exists(builtInDir) ? Directory.GetDirectories(builtInDir).Length : 0),
                // Restarts: the warm-up run below creates each database.
                new("bare app, restart", null, 0, bareData),
                new("host, no plugins, restart", emptyDir, 0, hostData),
            ];

            Console.WriteLine($"start-up to first 200 from /health; {configuration}, {runs} runs per scenario after 1 warm-up, .NET {Environment.Version}, {Environment.ProcessorCount} cpus");
            foreach (var scenario in scenarios)
                await MeasureAsync(hostDll, bareDll, scenario);

            // Rounds take the scenarios in turn, so a machine that slows down or speeds up mid-run
            // shifts every scenario alike instead of skewing the ratios.
            var runsOf = scenarios.ToDictionary(s => s, _ => new List<HostRunResult>());
            for (var round = 0; round < runs; round++)
            {
                foreach (var scenario in scenarios)
                    runsOf[scenario].Add(await MeasureAsync(hostDll, bareDll, scenario));
            }

            var times = runsOf.ToDictionary(r => r.Key, r => r.Value.Select(v => v.Milliseconds).ToList());
            // A first start against the bare app's first start, a restart against its restart.
            double Baseline(Scenario s) => Median(times[scenarios.First(b => b.PluginsDir is null && (b.DataDir is null) == (s.DataDir is null))]);
            var results = scenarios.Select(s => new ScenarioResult(
                s.Name, s.ExpectedLoaded, Median(times[s]), times[s].Min(), times[s].Max(), Median(times[s]) / Baseline(s), times[s],
                runsOf[s][0].Phases.Keys.ToDictionary(phase => phase, phase => Median(runsOf[s].Select(r => r.Phases[phase]).ToList())))).ToList();
            Print(results);
            Console.WriteLine($"{GeneratedCount} generated plugins against {FewCount}: {results[3].MedianMs / results[2].MedianMs:0.00}x");
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
            HostRun.DeleteQuietly(fewDir);
            HostRun.DeleteQuietly(generatedDir);
            HostRun.DeleteQuietly(bareData);
            HostRun.DeleteQuietly(hostData);
        }
    }

    // A run only counts when every plugin of the scenario loaded: figures for a broken setup would mislead.
    private static async Task<HostRunResult> MeasureAsync(string hostDll, string bareDll, Scenario scenario)
    {
        if (scenario.PluginsDir is null)
            return await HostRun.MeasureBareAsync(bareDll, scenario.DataDir);
        var run = await HostRun.MeasureAsync(hostDll, scenario.PluginsDir, scenario.DataDir);
        if (run.Loaded != scenario.ExpectedLoaded || run.Failed != 0)
        {
            throw new BenchException(
                $"scenario '{scenario.Name}': /health reports {run.Loaded} loaded and {run.Failed} failed; expected {scenario.ExpectedLoaded} loaded and 0 failed",
                run.HostErrors);
        }
        return run;
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
        Console.WriteLine($"{"scenario",-40} {"plugins",8} {"median ms",10} {"min ms",8} {"max ms",8} {"ratio",7}");
        foreach (var r in results)
            Console.WriteLine($"{r.Scenario,-40} {r.PluginsLoaded,8} {r.MedianMs,10:0} {r.MinMs,8:0} {r.MaxMs,8:0} {r.RatioToBaseline,6:0.00}x");
        Console.WriteLine("(a first start's ratio is to the bare app's first start, a restart's to the bare app's restart)");
        Console.WriteLine();
        Console.WriteLine("the host's start by phase, median ms (its own account, from process start to the first answer):");
        foreach (var r in results.Where(r => r.MedianPhasesMs.Count > 0))
            Console.WriteLine($"  {r.Scenario}: {string.Join(", ", r.MedianPhasesMs.Select(p => $"{p.Key} {p.Value:0}"))}");
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
