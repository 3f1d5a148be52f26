using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>
/// Sends the pipeline benchmark's requests one after another over one keep-alive client (the host's admin
/// client), each with a name and email never sent before, and switches the bench module between scenarios.
/// </summary>
public sealed class PipelineDriver(HttpClient client)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int sent;
    private bool? benchEnabled;

    private sealed record NewCustomer(string Name, string Email, string[] Tags);

    /// <summary>Sends <paramref name="count"/> creates to <paramref name="path"/>; times them into <paramref name="into"/> unless warming up.</summary>
    public async Task SendAsync(string path, bool enableBench, int count, Latencies? into)
    {
        await SwitchAsync(enableBench);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var n = ++sent;
            var body = new NewCustomer($"Bench customer {n:000000}", $"bench-{n:000000}@example.com", ["bench"]);
            var start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync(path, body, Json);
            var latency = Stopwatch.GetElapsedTime(start);
            if (response.StatusCode != HttpStatusCode.Created)
                throw new BenchException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            into?.Add(latency);
        }
        into?.AddWall(wall.Elapsed);
    }

    /// <summary>How many customers the host holds, to check that every create landed.</summary>
    public async Task<int> CustomerCountAsync()
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/customers?pageSize=1"));
        return page.RootElement.GetProperty("total").GetInt32();
    }

    // Through the admin API, as an operator would; the pipeline reads the switch once per request, so it
    // applies from the next request on.
    private async Task SwitchAsync(bool enable)
    {
        if (benchEnabled == enable)
            return;
        using var response = await client.PostAsync($"/api/plugins/bench/{(enable ? "enable" : "disable")}", null);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new BenchException($"could not {(enable ? "enable" : "disable")} the bench module: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var plugin = JsonDocument.Parse(await client.GetStringAsync("/api/plugins/bench"));
        var state = plugin.RootElement.GetProperty("state").GetString();
        if (state != (enable ? "enabled" : "disabled"))
            throw new BenchException($"the bench module is {state} after the switch");
        benchEnabled = enable;
    }
}
