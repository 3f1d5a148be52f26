using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>
/// A full scoring run (read every order, fit BG/NBD and Gamma-Gamma, score and store every customer) as an admin
/// runs it: <c>crm scoring run</c> as its own process, timed with its peak resident memory (GNU time's %M), on the
/// CDNOW master file and on the online-retail sample. Each data set is imported once with <c>crm import</c> into
/// a data folder under bench/results and kept for later runs. <c>crm scoring runs</c> (host start, no scoring)
/// is measured alongside, so the cost of the run itself can be told from the cost of starting the host. On the master
/// file <c>crm scoring fit</c> is compared with the same fit in Python with scipy (bench/python/bgnbd_fit.py, scipy
/// installed by scripts/ensure-scipy.sh when missing): both as whole processes, and the fit alone as each reports it
/// (<c>fitSeconds</c>: summaries to parameters).
/// </summary>
public static class ScoringBench
{
    private sealed record DataSet(string Name, string Importer, string File, string AsOf, string? CalibrationEnd);

    private sealed record Measured(string DataSet, string Command, IReadOnlyList<double> WallSeconds, IReadOnlyList<double> PeakMb, IReadOnlyList<double> FitSeconds, string LastOutput);

    private const int Runs = 3;

    public static async Task<int> RunAsync(string repoRoot, string configuration)
    {
        var hostDll = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "PluginCrm.Host.dll");
        var plugin = Path.Combine(Path.GetDirectoryName(hostDll)!, "plugins", "PluginCrm.ValueScoring");
        var data = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "data"));
        DataSet[] sets =
        [
            new("cdnow-master", "cdnow", Path.Combine(data, "cdnow", "CDNOW_master.txt"), "1998-06-30", "1997-09-30"),
            new("online-retail-40k", "online-retail", Path.Combine(data, "online-retail", "online_retail_40k_sample.csv"), "2011-12-10", null),
        ];
        try
        {
            foreach (var required in new[] { hostDll, "/usr/bin/time" }.Concat(sets.Select(s => s.File)))
                if (!File.Exists(required))
                    throw new BenchException($"not found: {required}");
            var plugins = Directory.CreateDirectory(Path.Combine(repoRoot, "bench", "results", "scoring-plugins", "PluginCrm.ValueScoring")).FullName;
            foreach (var file in Directory.GetFiles(plugin))
                File.Copy(file, Path.Combine(plugins, Path.GetFileName(file)), overwrite: true);
            var pluginsDir = Path.GetDirectoryName(plugins)!;
            var (scipy, _, scipyError) = await RunProcessAsync("bash", [Path.Combine(repoRoot, "scripts", "ensure-scipy.sh")]);
            if (scipy != 0)
                throw new BenchException(scipyError.Trim());

            Console.WriteLine($"crm scoring run, wall time and peak memory of the process, {Runs} runs each; {ResultsFile.Machine(configuration)}");
            var results = new List<Measured>();
            foreach (var set in sets)
            {
                var dataDir = await PrepareAsync(repoRoot, hostDll, pluginsDir, set);
                string[] globals = ["--data-dir", dataDir, "--plugins-dir", pluginsDir];
                results.Add(await MeasureAsync(set.Name, "scoring runs", "dotnet", [hostDll, .. globals, "scoring", "runs"]));
                if (set.CalibrationEnd is { } end)
                {
                    results.Add(await MeasureAsync(set.Name, $"scoring fit --calibration-end {end} --unit week --json", "dotnet", [hostDll, .. globals, "scoring", "fit", "--calibration-end", end, "--unit", "week", "--json"]));
                    results.Add(await MeasureAsync(set.Name, $"bgnbd_fit.py (scipy) --calibration-end {end}", "/usr/bin/python3", [Path.Combine(repoRoot, "bench", "python", "bgnbd_fit.py"), set.File, "--calibration-end", end]));
                }
                results.Add(await MeasureAsync(set.Name, $"scoring run --as-of {set.AsOf}", "dotnet", [hostDll, .. globals, "scoring", "run", "--as-of", set.AsOf]));
            }

            Console.WriteLine();
            Console.WriteLine($"{"data set",-18} {"command",-40} {"median s",9} {"min s",7} {"max s",7} {"peak MB",8}");
            foreach (var r in results)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.DataSet,-18} {r.Command,-40} {Median(r.WallSeconds),9:0.00} {r.WallSeconds.Min(),7:0.00} {r.WallSeconds.Max(),7:0.00} {r.PeakMb.Max(),8:0}"));
            foreach (var r in results.Where(r => r.FitSeconds.Count > 0))
                Console.WriteLine($"{r.DataSet} {r.Command.Split(' ')[0]}: {r.LastOutput}");
            if (results.SingleOrDefault(r => r.Command.StartsWith("scoring fit", StringComparison.Ordinal)) is { } csharp
                && results.SingleOrDefault(r => r.Command.StartsWith("bgnbd_fit.py", StringComparison.Ordinal)) is { } python)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"crm scoring fit / scipy (medians): whole process {Median(csharp.WallSeconds):0.00} s / {Median(python.WallSeconds):0.00} s = {Median(csharp.WallSeconds) / Median(python.WallSeconds):0.00}; fit alone {Median(csharp.FitSeconds):0.0000} s / {Median(python.FitSeconds):0.0000} s = {Median(csharp.FitSeconds) / Median(python.FitSeconds):0.000}"));
            var written = ResultsFile.Write(repoRoot, "scoring", new
            {
                benchmark = "scoring", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, runs = Runs, results,
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

    /// <summary>The data set imported once into its own data folder; an import that did not finish is redone.</summary>
    private static async Task<string> PrepareAsync(string repoRoot, string hostDll, string pluginsDir, DataSet set)
    {
        var dataDir = Path.Combine(repoRoot, "bench", "results", "scoring-data", set.Name);
        var done = Path.Combine(dataDir, ".imported");
        if (File.Exists(done))
            return dataDir;
        if (Directory.Exists(dataDir))
            Directory.Delete(dataDir, recursive: true);
        Directory.CreateDirectory(dataDir);
        Console.WriteLine($"{set.Name}: importing {Path.GetFileName(set.File)} once (minutes for the master file)");
        var (exit, _, error) = await RunProcessAsync("dotnet", [hostDll, "--data-dir", dataDir, "--plugins-dir", pluginsDir, "import", set.Importer, set.File]);
        if (exit != 0)
            throw new BenchException($"import of {set.File} failed ({exit}): {error.Trim()}");
        await File.WriteAllTextAsync(done, DateTimeOffset.UtcNow.ToString("O"));
        return dataDir;
    }

    private static async Task<Measured> MeasureAsync(string name, string label, string program, string[] arguments)
    {
        var (walls, peaks, fits) = (new List<double>(), new List<double>(), new List<double>());
        var last = "";
        for (var i = 0; i < Runs; i++)
        {
            // GNU time prints "<elapsed seconds> <peak resident KB>" as the last line of standard error.
            var (exit, output, error) = await RunProcessAsync("/usr/bin/time", ["-f", "%e %M", program, .. arguments]);
            var lines = error.Trim().Split('\n');
            if (exit != 0)
                throw new BenchException($"{label} failed ({exit}): {string.Join(" | ", lines.TakeLast(3))}");
            var figures = lines[^1].Split(' ');
            walls.Add(double.Parse(figures[0], CultureInfo.InvariantCulture));
            peaks.Add(double.Parse(figures[1], CultureInfo.InvariantCulture) / 1024);
            if (FitSeconds(output) is { } fit)
                fits.Add(fit);
            last = output.Trim().Replace('\n', ' ');
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {label} #{i + 1}: {walls[^1]:0.00} s, {peaks[^1]:0} MB"));
        }
        return new Measured(name, label, walls, peaks, fits, last.Length > 400 ? last[..400] : last);
    }

    // The fit alone as the process reports it in its JSON (crm scoring fit --json and bgnbd_fit.py both print fitSeconds).
    private static double? FitSeconds(string output)
    {
        if (!output.TrimStart().StartsWith('{'))
            return null;
        using var json = JsonDocument.Parse(output);
        return json.RootElement.TryGetProperty("fitSeconds", out var seconds) ? seconds.GetDouble() : null;
    }

    private static async Task<(int Exit, string Out, string Error)> RunProcessAsync(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
