using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>
/// What one start measured, what /health said about the plugins (the host's), and the host's own line of its start's
/// phases (<c>Start-up phases (ms): ...</c>), by phase.
/// </summary>
public sealed record HostRunResult(double Milliseconds, int Loaded, int Failed, IReadOnlyList<string> HostErrors, IReadOnlyDictionary<string, double> Phases);

/// <summary>Starts the host (or the bare baseline app) as its own process and times it from process start to the first 200 from /health.</summary>
public static class HostRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts the host; without <paramref name="dataDir"/> on a fresh data folder (the database created and migrated, like a
    /// first start), with it on that folder's database, kept (a restart, once a first run made it).
    /// </summary>
    public static Task<HostRunResult> MeasureAsync(string hostDll, string pluginsDir, string? dataDir = null) =>
        MeasureAsync(hostDll, (url, data) => ["serve", "--urls", url, "--data-dir", data, "--plugins-dir", pluginsDir], isHost: true, dataDir);

    /// <summary>The bare ASP.NET Core + EF Core SQLite app (bench/PluginCrm.Bench.BareApp), started the same way.</summary>
    public static Task<HostRunResult> MeasureBareAsync(string bareDll, string? dataDir = null) =>
        MeasureAsync(bareDll, (url, data) => ["--urls", url, "--DataDir", data], isHost: false, dataDir);

    private static async Task<HostRunResult> MeasureAsync(string dll, Func<string, string, string[]> arguments, bool isHost, string? keptDataDir)
    {
        var dataDir = keptDataDir ?? Directory.CreateTempSubdirectory("crm-bench-data-").FullName;
        var port = PluginCrm.Sdk.Testing.ThrowawayPostgres.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[dll, .. arguments(url, dataDir)])
            info.ArgumentList.Add(argument);
        // The caller's CRM_* settings must not change what is measured.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);

        // Keep only error lines: enough to say why a run failed. Reading the pipes also keeps the host from blocking on them.
        var errors = new ConcurrentQueue<string>();
        var phases = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is { } line && (line.Contains(" ERR]") || line.Contains(" FTL]") || line.Contains("Unhandled exception")))
                errors.Enqueue(line);
            if (e.Data?.IndexOf(PhasesPrefix, StringComparison.Ordinal) is int at and >= 0)
                phases.TrySetResult(e.Data[(at + PhasesPrefix.Length)..]);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (clock.Elapsed > Timeout)
                    throw new BenchException($"host did not answer /health within {Timeout.TotalSeconds:0} s", errors);
                if (process.HasExited)
                    throw new BenchException($"host exited with code {process.ExitCode} before answering /health", errors);
                try
                {
                    using var response = await http.GetAsync($"{url}/health");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var elapsed = clock.Elapsed.TotalMilliseconds;
                        if (!isHost)
                            return new HostRunResult(elapsed, 0, 0, errors.ToList(), new Dictionary<string, double>());
                        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        var plugins = health.RootElement.GetProperty("plugins");
                        // The host logs its phases once the first answer has gone out: wait for the line.
                        var line = await phases.Task.WaitAsync(TimeSpan.FromSeconds(10));
                        return new HostRunResult(elapsed, plugins.GetProperty("loaded").GetInt32(), plugins.GetProperty("failed").GetInt32(), errors.ToList(), ParsePhases(line));
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(10);
            }
        }
        finally
        {
            Stop(process);
            if (keptDataDir is null)
                DeleteQuietly(dataDir);
        }
    }

    // The host's Hosting/StartupPhases.LinePrefix, matched as text: the bench reads the host's output, not its types.
    private const string PhasesPrefix = "Start-up phases (ms): ";

    // "runtime and configuration 562, ..., first request 37; total 2710" to phase -> ms (the total left out).
    private static Dictionary<string, double> ParsePhases(string line) =>
        line.Split(';')[0].Split(", ").Select(part => part.Trim()).Where(part => part.Length > 0)
            .Select(part => (Name: part[..part.LastIndexOf(' ')], Ms: double.Parse(part[(part.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Name, p => p.Ms);

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Copies a built plugin's folder (flat: its assemblies and plugin.json) into a plugins folder of the bench's own.</summary>
    public static void CopyPlugin(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public static void DeleteQuietly(string dir)
    {
        // The killed host may hold the database for a moment (Windows), so try a few times.
        for (var attempt = 0; attempt < 5 && Directory.Exists(dir); attempt++)
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}

/// <summary>A run that cannot count: the message, and the host's own error lines.</summary>
public sealed class BenchException(string message, IEnumerable<string>? hostErrors = null) : Exception(message)
{
    public IReadOnlyList<string> HostErrors { get; } = hostErrors?.ToList() ?? [];
}
