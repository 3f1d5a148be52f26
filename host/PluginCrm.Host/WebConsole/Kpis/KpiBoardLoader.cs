using PluginCrm.Host.Api;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// Loads the screen's figures from the same services the KPI endpoints call, as the signed-in user, so the numbers are
/// the API's; the modules' widgets come from their own endpoints (<see cref="ModuleKpiWidgets"/>).
/// </summary>
public sealed class KpiBoardLoader(
    FunnelKpis funnel, SalesKpis sales, OrderKpis orders, RetentionKpis retention, ConversionKpis conversion,
    AcquisitionKpis acquisition)
{
    public async Task<KpiBoard> LoadAsync(HttpContext http, KpiQuery query, CancellationToken ct)
    {
        var user = http.User.ToActingUser();
        // One DbContext per request: the reports run one after another, not in parallel.
        var funnelReport = await funnel.ComputeAsync(user, query, ct);
        var salesReport = await sales.ComputeAsync(user, query, ct);
        var orderReport = await orders.ComputeAsync(user, query, ct);
        KpiReport<RetentionFigures>? retentionReport = null;
        string? refused = null;
        try
        {
            retentionReport = await retention.ComputeAsync(user, query, ct);
        }
        catch (InputException ex)
        {
            refused = ex.Message;
        }
        var conversionReport = await conversion.ComputeAsync(user, query, ct);
        var acquisitionReport = await acquisition.ComputeAsync(user, query, ct);
        return new KpiBoard(query, funnelReport, salesReport, orderReport, retentionReport, refused, conversionReport, acquisitionReport);
    }
}
