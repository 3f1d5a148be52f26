namespace PluginCrm.Host.Hosting;

/// <summary><c>GET /health</c>'s answer: <c>healthy</c>, and how many plugins loaded and failed.</summary>
public sealed record HealthReport(string Status, HealthReport.PluginCounts Plugins)
{
    public sealed record PluginCounts(int Loaded, int Failed);
}
