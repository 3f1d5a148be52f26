namespace PluginCrm.Bench;

/// <summary>A measured scenario beside its baseline of the same run: the ratio is its mean over the baseline's.</summary>
public sealed record ScenarioRow(string Scenario, int Requests, double RequestsPerSecond, double MeanMs, double P50Ms, double P95Ms, double Ratio)
{
    public static ScenarioRow Of(string name, Latencies measured, Latencies baseline) =>
        new(name, measured.Count, measured.RequestsPerSecond, measured.MeanMs, measured.P50Ms, measured.P95Ms, measured.MeanMs / baseline.MeanMs);

    /// <summary>Each pair as a baseline row and its measured row, printed as a table.</summary>
    public static List<ScenarioRow> Print(IEnumerable<(string Baseline, string Measured, Dictionary<string, Latencies> Results)> pairs)
    {
        var rows = pairs.SelectMany(p => new[] { Of(p.Baseline, p.Results[p.Baseline], p.Results[p.Baseline]), Of(p.Measured, p.Results[p.Measured], p.Results[p.Baseline]) }).ToList();
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-30} {"requests",8} {"req/s",7} {"mean ms",8} {"p50 ms",7} {"p95 ms",7} {"ratio",6}");
        foreach (var r in rows)
            Console.WriteLine($"{r.Scenario,-30} {r.Requests,8} {r.RequestsPerSecond,7:0} {r.MeanMs,8:0.000} {r.P50Ms,7:0.000} {r.P95Ms,7:0.000} {r.Ratio,5:0.00}x");
        return rows;
    }
}
