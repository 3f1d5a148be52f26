using System.Globalization;
using System.Text.Json;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Modules;
using PluginCrm.Host.WebConsole.Screens;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// Reads the modules' KPI items from their own endpoints with the user's token (<see cref="ScreenApi"/>), so the screen
/// shows what the module's API shows that user. The SDK's screens (2.1) declare lists but no dashboard items yet, so the
/// console knows these endpoints by path, and asks each only while its module is on.
/// </summary>
public sealed class ModuleKpiReader(ScreenApi api, ModuleSwitches switches)
{
    public async Task<ModuleKpis> ReadAsync(HttpContext http, KpiQuery query, CancellationToken ct)
    {
        var kpis = ModuleKpis.None;
        if (await switches.IsEnabledAsync("value-scoring", ct))
        {
            var (value, refused) = await api.SendAsync(http, HttpMethod.Get, "value-scoring", "/kpis", ct);
            var cost = value is null ? null : (await api.SendAsync(http, HttpMethod.Get, "value-scoring",
                "/kpis/acquisition" + Parameters(("from", Day(query.From)), ("to", Day(query.To)), ("teamId", Id(query.TeamId))), ct)).Body;
            kpis = kpis with { Value = Read<ValueKpis>(value), ClvToCost = Read<ClvAgainstCost>(cost), ValueRefused = refused };
        }
        if (await switches.IsEnabledAsync("feedback", ct))
        {
            // Open complaints and their ages are as of now; the period only bounds the resolved ones, not shown here.
            var (stats, refused) = await api.SendAsync(http, HttpMethod.Get, "feedback", "/complaints/stats", ct);
            kpis = kpis with { Complaints = Read<ComplaintKpis>(stats), ComplaintsRefused = refused };
        }
        return kpis;
    }

    private static T? Read<T>(JsonElement? answer) where T : class => answer?.Deserialize<T>(JsonSerializerOptions.Web);

    private static string Parameters(params (string Name, string? Value)[] values) =>
        string.Concat(values.Where(v => v.Value is not null).Select((v, i) => $"{(i == 0 ? '?' : '&')}{v.Name}={Uri.EscapeDataString(v.Value!)}"));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Id(long? id) => id?.ToString(CultureInfo.InvariantCulture);
}
