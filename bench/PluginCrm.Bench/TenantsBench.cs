using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Bench;

/// <summary>
/// What a tenant costs: <c>crm serve</c> with the built-in plugins as one company (no tenants), then with 1, 5 and 20
/// tenants, each on its own new SQLite file. Timed from process start to the first 200 from a tenant's <c>/health</c>
/// (every tenant starts before the listener opens), once on new databases (each created and migrated) and once more on
/// the same ones (a restart); then every tenant's <c>/health</c> is called once and the process's working set read.
/// </summary>
public static class TenantsBench
{
    private static readonly int[] Counts = [0, 1, 5, 20];

    private sealed record Result(int Tenants, double FirstStartMs, double RestartMs, double WorkingSetMb, double PrivateMb);

    public static async Task<int> RunAsync(string repoRoot, string configuration)
    {
        var hostDll = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "PluginCrm.Host.dll");
        if (!File.Exists(hostDll))
        {
            Console.Error.WriteLine($"error: host not built: {hostDll}");
            return 1;
        }
        Console.WriteLine($"crm serve with the built-in plugins; {configuration}, .NET {Environment.Version}, {Environment.ProcessorCount} cpus");
        var results = new List<Result>();
        try
        {
            foreach (var count in Counts)
            {
                var data = Directory.CreateTempSubdirectory("crm-bench-tenants-").FullName;
                try
                {
                    var names = Enumerable.Range(1, count).Select(i => $"t{i}").ToList();
                    new TenantRegistry(data).Write([.. names.Select(n => new Tenant(n, []))]);
                    var (first, _) = await StartAsync(hostDll, data, names, measureMemory: false);
                    var (restart, memory) = await StartAsync(hostDll, data, names, measureMemory: true);
                    results.Add(new Result(count, first, restart, memory.WorkingSet / 1048576.0, memory.Private / 1048576.0));
                    var last = results[^1];
                    Console.WriteLine($"{(count == 0 ? "one company" : $"{count} tenants"),-12} first start {last.FirstStartMs,7:0} ms  restart {last.RestartMs,7:0} ms  working set {last.WorkingSetMb,6:0} MB  private {last.PrivateMb,6:0} MB");
                }
                finally
                {
                    HostRun.DeleteQuietly(data);
                }
            }
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        var one = results.Single(r => r.Tenants == 1);
        var most = results[^1];
        Console.WriteLine($"each tenant past the first: {(most.WorkingSetMb - one.WorkingSetMb) / (most.Tenants - 1):0} MB of working set, " +
                          $"{(most.RestartMs - one.RestartMs) / (most.Tenants - 1):0} ms of restart, {(most.FirstStartMs - one.FirstStartMs) / (most.Tenants - 1):0} ms of first start");
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(repoRoot, "bench", "results")).FullName, "tenants.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { benchmark = "tenants", configuration, timestamp = DateTimeOffset.UtcNow, results },
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, file)}");
        return 0;
    }

    private static async Task<(double Milliseconds, (long WorkingSet, long Private) Memory)> StartAsync(string hostDll, string data, IReadOnlyList<string> tenants, bool measureMemory)
    {
        var address = $"http://127.0.0.1:{PluginCrm.Sdk.Testing.ThrowawayPostgres.FreePort()}";
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[hostDll, "serve", "--urls", address, "--data-dir", data])
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(5) };
            var first = tenants.FirstOrDefault();
            while (!await HealthyAsync(http, first))
            {
                if (process.HasExited)
                    throw new BenchException($"crm serve exited with code {process.ExitCode} before answering /health");
                if (clock.Elapsed > TimeSpan.FromMinutes(5))
                    throw new BenchException("crm serve did not answer /health within 5 minutes");
                await Task.Delay(50);
            }
            var started = clock.Elapsed.TotalMilliseconds;
            foreach (var tenant in tenants)
            {
                if (!await HealthyAsync(http, tenant))
                    throw new BenchException($"tenant {tenant} does not answer /health");
            }
            process.Refresh();
            return (started, measureMemory ? (process.WorkingSet64, process.PrivateMemorySize64) : (0, 0));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http, string? tenant)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        if (tenant is not null)
            request.Headers.Add(TenantRouter.Header, tenant);
        try
        {
            return (await http.SendAsync(request)).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }
}
