using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// The KPIs a manager reads (<c>/api/kpis/funnel|sales|orders|retention|conversion|acquisition?from=&amp;to=&amp;by=&amp;teamId=&amp;ownerId=</c>),
/// each limited to what the caller may see; <see cref="Sdk.Records.ICrmKpis"/> offers their figures to plugins.
/// </summary>
public static class KpisFeature
{
    public static IEnumerable<Command> Commands(ICommandHost host) => [new KpisCommand(host).Create()];

    public static void AddKpis(this IServiceCollection services)
    {
        services.AddScoped<KpiReportBuilder>();
        services.AddScoped<FunnelKpis>();
        services.AddScoped<SalesKpis>();
        services.AddScoped<OrderKpis>();
        services.AddScoped<RetentionKpis>();
        services.AddScoped<ConversionKpis>();
        services.AddScoped<AcquisitionKpis>();
        services.AddScoped<Sdk.Records.ICrmKpis, ForPlugins.PluginKpis>();
    }

    public static void MapKpis(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/kpis").WithTags("kpis");
        api.MapGet("/funnel", (HttpContext http, FunnelKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
        api.MapGet("/sales", (HttpContext http, SalesKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
        api.MapGet("/orders", (HttpContext http, OrderKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
        api.MapGet("/retention", (HttpContext http, RetentionKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
        api.MapGet("/conversion", (HttpContext http, ConversionKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
        api.MapGet("/acquisition", (HttpContext http, AcquisitionKpis kpis, CancellationToken ct) => kpis.ComputeAsync(http.User.ToActingUser(), Query(http), ct));
    }

    private static KpiQuery Query(HttpContext http) =>
        KpiQueryParser.Parse(http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
}
