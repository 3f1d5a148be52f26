using System.Text.Json;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// Apache ECharts options as JSON, for a chart's <c>data-chart</c> attribute (drawn by <c>charts.js</c>). The
/// figures are the tables' own, unrounded; a chart only repeats what its table says, for the eye.
/// </summary>
public static class KpiCharts
{
    public static string Bars(IReadOnlyList<string> labels, params (string Name, IEnumerable<decimal?> Values)[] series) => Json(new
    {
        tooltip = new { trigger = "axis" },
        legend = series.Length > 1 ? new { show = true } : null,
        grid = new { containLabel = true, left = 8, right = 8, bottom = 8 },
        xAxis = new { type = "category", data = labels },
        yAxis = new { type = "value" },
        series = series.Select(s => new { name = s.Name, type = "bar", data = s.Values }),
    });

    public static string Lines(IReadOnlyList<string> labels, params (string Name, IEnumerable<decimal?> Values)[] series) => Json(new
    {
        tooltip = new { trigger = "axis" },
        legend = new { show = true },
        grid = new { containLabel = true, left = 8, right = 8, bottom = 8 },
        xAxis = new { type = "category", data = labels },
        yAxis = new { type = "value" },
        series = series.Select(s => new { name = s.Name, type = "line", data = s.Values }),
    });

    public static string Funnel(IEnumerable<(string Stage, int Reached)> stages) => Json(new
    {
        tooltip = new { trigger = "item" },
        series = new[]
        {
            new { type = "funnel", sort = "none", left = "10%", width = "80%", label = new { position = "inside" }, data = stages.Select(s => new { name = s.Stage, value = s.Reached }) },
        },
    });

    public static string Pie(IEnumerable<(string Name, int Value)> parts) => Json(new
    {
        tooltip = new { trigger = "item" },
        series = new[] { new { type = "pie", radius = "65%", data = parts.Select(p => new { name = p.Name, value = p.Value }) } },
    });

    private static string Json(object options) => JsonSerializer.Serialize(options, Options);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
