using PluginCrm.Host.Data;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Tenants;
using Serilog.Extensions.Logging;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// One host, the same for <c>crm serve</c>, every other command and the tests: the configuration, the host's features
/// (<see cref="CrmFeatures"/>), then the plugins; prepared (database, plugins' start) before it serves.
/// </summary>
public sealed class CrmApplication(WebApplication app, PluginCatalog catalog, CrmOptions options, ILogger logger, StartupPhases? phases = null) : IAsyncDisposable
{
    private bool initialized;

    public WebApplication App => app;
    public PluginCatalog Catalog => catalog;
    public CrmOptions Options => options;
    public IServiceProvider Services => app.Services;

    /// <summary>The first address the server listens on, once started.</summary>
    public Uri BaseAddress => new(app.Urls.First());

    public static CrmApplication Build(CrmStartOptions start)
    {
        var (builder, options, serilog) = CrmWebBuilder.Create(start);
        start.Phases?.Mark("runtime and configuration");
        var services = builder.Services;
        CrmFeatures.Add(services, options, background: !start.CommandLine);
        var logger = new SerilogLoggerFactory(serilog).CreateLogger("PluginCrm.Host.Plugins");
        var rules = new PluginRules(Records.Access.RecordAccess.CoreTypes, Templates.PluginFunctions.PluginFunctionSignatures.Read);
        var catalog = services.AddPlugins(new PluginsSetup(options.PluginsDirectory, start.InProcessPlugins, rules), builder.Configuration, logger);
        start.ConfigureServices?.Invoke(services);
        start.Phases?.Mark("features and plugins");

        var app = builder.Build();
        if (start.Phases is { } phases)
            app.UseStartupPhases(phases);
        app.UseCrmRequestPipeline(serilog);
        CrmFeatures.Map(app);
        app.MapPlugins(catalog, logger);
        start.Phases?.Mark("services and routes");
        return new CrmApplication(app, catalog, options, logger, start.Phases);
    }

    /// <summary>
    /// A tenant's host: the start's configuration with the tenant's folder and database over it, served by the front's
    /// router (<see cref="CrmTenantsApplication"/>) instead of a listener of its own.
    /// </summary>
    public static CrmApplication BuildTenant(CrmStartOptions start, Tenant tenant, string dataDirectory) =>
        Build(start.With(tenant.Settings(dataDirectory), services => services.AddTenantHost(tenant)));

    /// <summary>Prepares the database (WAL, migrations) and starts every loaded plugin in dependency order.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized)
            return;
        initialized = true;
        await Services.PrepareDatabaseAsync(cancellationToken);
        phases?.Mark("EF model and host migrations");
        await Services.StartPluginsAsync(catalog, logger, cancellationToken);
        phases?.Mark("plugin migrations and start");
    }

    /// <summary>Initializes and starts listening; returns once the server is up.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        phases?.Mark("server start");
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await app.RunAsync();
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
