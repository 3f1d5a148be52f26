using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// A complaint's life over HTTP (create, resolve, close: three <c>complaint.*</c> messages through the pipeline, the
/// close with customer care's follow-up step) against the bare core change of the same weight: an interaction logged
/// through <c>POST /api/interactions</c>. One host with the feedback and customer-care plugins loaded from disk, rounds
/// interleaved.
/// </summary>
public static class ComplaintsBench
{
    private const int Warmup = 50;
    private const int RoundSize = 100;

    private sealed record ScenarioRow(string Scenario, int Requests, double RequestsPerSecond, double MeanMs, double P50Ms, double P95Ms, double Ratio);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int complaints)
    {
        var built = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "plugins");
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-complaints-").FullName;
        try
        {
            foreach (var (project, id) in new[] { ("PluginCrm.Feedback", "feedback"), ("PluginCrm.CustomerCare", "customer-care") })
            {
                if (!File.Exists(Path.Combine(built, project, "plugin.json")))
                    throw new BenchException($"the {id} plugin is not built: {Path.Combine(built, project)}");
                HostRun.CopyPlugin(Path.Combine(built, project), Path.Combine(pluginsDir, id));
            }
            var rounds = (complaints + RoundSize - 1) / RoundSize;
            Console.WriteLine($"{complaints} complaints (create, resolve, close) against {complaints} interactions, {rounds} rounds; {ResultsFile.Machine(configuration)}");
            var measured = await MeasureAsync(pluginsDir, complaints, rounds);
            var baseline = measured["interaction.create"];
            var rows = measured.Select(m => new ScenarioRow(m.Key, m.Value.Count, m.Value.RequestsPerSecond, m.Value.MeanMs, m.Value.P50Ms, m.Value.P95Ms, m.Value.MeanMs / baseline.MeanMs)).ToList();
            Console.WriteLine();
            Console.WriteLine($"{"scenario",-40} {"requests",8} {"req/s",7} {"mean ms",8} {"p50 ms",7} {"p95 ms",7} {"ratio",6}");
            foreach (var r in rows)
                Console.WriteLine($"{r.Scenario,-40} {r.Requests,8} {r.RequestsPerSecond,7:0} {r.MeanMs,8:0.000} {r.P50Ms,7:0.000} {r.P95Ms,7:0.000} {r.Ratio,5:0.00}x");
            var written = ResultsFile.Write(repoRoot, "complaints", new { benchmark = "complaints", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, complaints, rounds, scenarios = rows });
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

    private static async Task<Dictionary<string, Latencies>> MeasureAsync(string pluginsDir, int complaints, int rounds)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = pluginsDir);
        var client = host.Client;
        await BenchHttp.EnsureAsync(await client.PutAsJsonAsync("/api/templates/care.complaint-follow-up",
            new { kind = "message", body = "Subject: About {{ complaint.subject }}\n\nDear {{ customer.name }}, we closed it: {{ complaint.resolution }}." }));
        var customer = await BenchHttp.IdOfAsync(await client.PostAsJsonAsync("/api/customers", new { name = "Bench Customer", email = "bench@example.com", consentToContact = true }));
        var results = new[] { "interaction.create", "complaint.create", "complaint.resolve", "complaint.close" }.ToDictionary(k => k, _ => new Latencies());

        async Task<JsonElement> Timed(string scenario, Func<Task<HttpResponseMessage>> send, bool measure)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await send();
            var latency = Stopwatch.GetElapsedTime(start);
            var body = await BenchHttp.EnsureAsync(response);
            if (measure)
                results[scenario].Add(latency);
            return body;
        }

        async Task Round(int count, bool measure)
        {
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
                await Timed("interaction.create", () => client.PostAsJsonAsync("/api/interactions",
                    new { customerId = customer, kind = "call", occurredUtc = DateTime.UtcNow, notes = "The parcel arrived broken; we will call back." }), measure);
            if (measure)
                results["interaction.create"].AddWall(wall.Elapsed);
            foreach (var (scenario, elapsed) in await ComplaintsAsync(count, measure))
                if (measure)
                    results[scenario].AddWall(elapsed);
        }

        async Task<Dictionary<string, TimeSpan>> ComplaintsAsync(int count, bool measure)
        {
            var walls = new Dictionary<string, TimeSpan> { ["complaint.create"] = default, ["complaint.resolve"] = default, ["complaint.close"] = default };
            for (var i = 0; i < count; i++)
            {
                var wall = Stopwatch.StartNew();
                var created = await Timed("complaint.create", () => client.PostAsJsonAsync("/api/feedback/complaints",
                    new { customerId = customer, subject = "Parcel arrived broken", description = "The box was crushed.", category = "delivery", channel = "phone" }), measure);
                walls["complaint.create"] += wall.Elapsed;
                var id = created.GetProperty("id").GetInt64();
                wall.Restart();
                var resolved = await Timed("complaint.resolve", () => client.PostAsJsonAsync($"/api/feedback/complaints/{id}/resolve",
                    new { resolution = "a new parcel went out", version = created.GetProperty("version").GetInt64() }), measure);
                walls["complaint.resolve"] += wall.Elapsed;
                wall.Restart();
                await Timed("complaint.close", () => client.PostAsJsonAsync($"/api/feedback/complaints/{id}/close",
                    new { version = resolved.GetProperty("version").GetInt64() }), measure);
                walls["complaint.close"] += wall.Elapsed;
            }
            return walls;
        }

        await Round(Warmup, measure: false);
        for (var round = 0; round < rounds; round++)
            await Round(Math.Min(RoundSize, complaints - round * RoundSize), measure: true);
        return results;
    }
}
