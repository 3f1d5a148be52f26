using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Kpis.Sales;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// Everything the managers' screen shows for one query: the host's six reports, exactly as <c>/api/kpis/...</c> answers
/// them (the enabled modules' widgets are read by the page). A report the service refuses (churn needs a start) is null with its reason.
/// </summary>
public sealed record KpiBoard(
    KpiQuery Query,
    KpiReport<FunnelFigures> Funnel,
    KpiReport<SalesFigures> Sales,
    KpiReport<OrderFigures> Orders,
    KpiReport<RetentionFigures>? Retention,
    string? RetentionRefused,
    KpiReport<ConversionFigures> Conversion,
    KpiReport<AcquisitionFigures> Acquisition);
