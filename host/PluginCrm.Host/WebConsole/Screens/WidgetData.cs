using System.Text.Json;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>A chart widget's points read from its answer, and the ECharts options that draw them.</summary>
public static class WidgetData
{
    /// <summary>An object's properties (label → number), or an array's rows by the widget's label and value fields.</summary>
    public static IReadOnlyList<(string Label, decimal Value)> Points(JsonElement answer, Widget widget) =>
        ScreenJson.At(answer, widget.Items) switch
        {
            { ValueKind: JsonValueKind.Object } items => items.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Number)
                .Select(p => (ScreenJson.Spaced(p.Name), p.Value.GetDecimal())).ToList(),
            { ValueKind: JsonValueKind.Array } rows => rows.EnumerateArray()
                .Where(r => ScreenJson.At(r, widget.ValueField)?.ValueKind == JsonValueKind.Number)
                .Select(r => (ScreenJson.Raw(r, widget.LabelField), ScreenJson.At(r, widget.ValueField)!.Value.GetDecimal())).ToList(),
            _ => [],
        };

    /// <summary>The rows of a chart of an array, for its table of figures.</summary>
    public static IReadOnlyList<JsonElement> Rows(JsonElement answer, Widget widget) =>
        ScreenJson.At(answer, widget.Items) is { ValueKind: JsonValueKind.Array } rows ? rows.EnumerateArray().ToList() : [];

    public static string ChartOptions(WidgetKind kind, IReadOnlyList<(string Label, decimal Value)> points) => JsonSerializer.Serialize(kind == WidgetKind.Pie
        ? new
        {
            tooltip = new { trigger = "item" },
            series = new[] { new { type = "pie", radius = "65%", data = points.Select(p => new { name = p.Label, value = p.Value }) } },
        }
        : (object)new
        {
            tooltip = new { trigger = "axis" },
            grid = new { left = 40, right = 16, top = 16, bottom = 32 },
            xAxis = new { type = "category", data = points.Select(p => p.Label), axisLabel = new { interval = 0, width = 64, overflow = "break" } },
            yAxis = new { type = "value" },
            series = new[] { new { type = kind == WidgetKind.Line ? "line" : "bar", data = points.Select(p => p.Value) } },
        });
}
