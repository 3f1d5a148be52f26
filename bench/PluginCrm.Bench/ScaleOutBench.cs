using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// PostgreSQL beside SQLite: the pipeline benchmark's three scenarios on each provider, then <c>customer.create</c>
/// throughput with one, two and four <c>crm serve</c> processes (the built-in plugins) on one PostgreSQL database, all in one
/// run on a throw-away cluster.
/// </summary>
public static class ScaleOutBench
{
    private const int Clients = 8;
    private static readonly int[] ProcessCounts = [1, 2, 4];

    private sealed record ProcessesResult(int Processes, int Creates, double Seconds, double CreatesPerSecond, double RatioToOne);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int requests)
    {
        var hostDll = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "PluginCrm.Host.dll");
        if (!File.Exists(hostDll))
        {
            Console.Error.WriteLine($"error: host not built: {hostDll}");
            return 1;
        }
        try
        {
            await using var cluster = await ThrowawayPostgres.StartAsync();
            Console.WriteLine($"PostgreSQL {cluster.ConnectionString("…")}; {ResultsFile.Machine(configuration)}");
            var pipeline = new Dictionary<string, object>();
            foreach (var (provider, options) in new (string, Action<CrmTestHostOptions>)[]
                     {
                         ("sqlite", _ => { }),
                         ("postgres", o => { o.Settings["Database:Provider"] = "postgres"; o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"pipeline_{Guid.NewGuid():N}"); }),
                     })
            {
                Console.WriteLine($"\npipeline on {provider}:");
                pipeline[provider] = await PipelineBench.MeasureOnAsync(repoRoot, configuration, requests, options);
            }

            Console.WriteLine($"\ncustomer.create over HTTP from {Clients} clients at once, spread over the processes, {requests} creates each time:");
            var processes = new List<ProcessesResult>();
            foreach (var count in ProcessCounts)
            {
                var (creates, seconds) = await CreatesAsync(hostDll, cluster.ConnectionString($"processes_{count}_{Guid.NewGuid():N}"), count, requests);
                var result = new ProcessesResult(count, creates, seconds, creates / seconds, processes.Count == 0 ? 1 : creates / seconds / processes[0].CreatesPerSecond);
                processes.Add(result);
                Console.WriteLine($"{count} process{(count == 1 ? "" : "es"),-3} {result.CreatesPerSecond,7:0} creates/s ({seconds:0.0} s)  {result.RatioToOne:0.00}x of one");
            }
            var written = ResultsFile.Write(repoRoot, "scaleout", new
            {
                benchmark = "scaleout", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, requests, clients = Clients,
                pipeline, processes,
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

    private static async Task<(int Creates, double Seconds)> CreatesAsync(string hostDll, string connectionString, int count, int creates)
    {
        var environment = new Dictionary<string, string>
        {
            ["CRM_Database__Provider"] = "postgres",
            ["CRM_Database__ConnectionString"] = connectionString,
            ["CRM_Access__ApiKeyRequestsPerMinute"] = "10000000",
            ["CRM_Serilog__MinimumLevel__Default"] = "Warning",
        };
        var data = Directory.CreateTempSubdirectory("crm-bench-scaleout-").FullName;
        var hosts = new List<ServeProcess>();
        try
        {
            // The first command creates and migrates the database, before the servers start side by side.
            var key = (await ServeProcess.RunAsync(hostDll, environment, "apikey", "create", "--role", "admin", "--name", "bench", "--data-dir", data)).Trim();
            for (var i = 0; i < count; i++)
                hosts.Add(await ServeProcess.StartAsync(hostDll, environment, "--data-dir", data));
            var clients = Enumerable.Range(0, Clients).Select(i => new HttpClient { BaseAddress = new Uri(hosts[i % count].Address) }).ToList();
            foreach (var client in clients)
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            await SendAsync(clients, 200, "warm"); // JIT and pools of every process
            var clock = Stopwatch.StartNew();
            await SendAsync(clients, creates, "bench");
            return (creates, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
            HostRun.DeleteQuietly(data);
        }
    }

    private static async Task SendAsync(List<HttpClient> clients, int creates, string prefix)
    {
        var next = 0;
        await Task.WhenAll(clients.Select(async client =>
        {
            while (Interlocked.Increment(ref next) is var n && n <= creates)
            {
                using var response = await client.PostAsJsonAsync("/api/customers", new { name = $"{prefix} customer {n}", email = $"{prefix}-{n}@example.com" });
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new BenchException($"POST /api/customers answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }));
    }
}
