using System.Diagnostics;

namespace PluginCrm.Bench;

/// <summary>
/// A baseline request and a measured one sent in alternating rounds (a round of each, so a drift of the machine falls on
/// both alike), after one unmeasured warm-up round: each request's latency and each scenario's wall time.
/// </summary>
public static class InterleavedRounds
{
    /// <param name="baseline">The baseline's name and its request; the request is given its index in the round.</param>
    /// <param name="measured">The measured scenario's name and its request.</param>
    public static async Task<Dictionary<string, Latencies>> RunAsync(
        (string Name, Func<int, Task<HttpResponseMessage>> Send) baseline, (string Name, Func<int, Task<HttpResponseMessage>> Send) measured,
        int requests, int warmup, int roundSize)
    {
        var results = new[] { baseline.Name, measured.Name }.ToDictionary(k => k, _ => new Latencies());
        async Task Round(int count, bool measure)
        {
            foreach (var (name, send) in new[] { baseline, measured })
            {
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await send(i);
                    var latency = Stopwatch.GetElapsedTime(start);
                    await BenchHttp.EnsureAsync(response);
                    if (measure)
                        results[name].Add(latency);
                }
                if (measure)
                    results[name].AddWall(wall.Elapsed);
            }
        }
        await Round(warmup, measure: false);
        for (var done = 0; done < requests; done += roundSize)
            await Round(Math.Min(roundSize, requests - done), measure: true);
        return results;
    }
}
