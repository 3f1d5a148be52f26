namespace PluginCrm.Host.Plugins;

/// <summary>
/// The plugins, after the host's features: discovered, checked and configured into the services
/// (<see cref="PluginComposer"/>), their endpoints under <c>/api/&lt;id&gt;</c>, started once the database is ready
/// (<see cref="PluginStarter"/>).
/// </summary>
public static class PluginsFeature
{
    public static PluginCatalog AddPlugins(this IServiceCollection services, PluginsSetup setup, IConfiguration configuration, ILogger logger) =>
        PluginComposer.Compose(setup, services, configuration, logger);

    public static void MapPlugins(this WebApplication app, PluginCatalog catalog, ILogger logger) =>
        PluginComposer.MapEndpoints(app, catalog, logger);

    public static Task StartPluginsAsync(this IServiceProvider services, PluginCatalog catalog, ILogger logger, CancellationToken ct) =>
        PluginStarter.StartAllAsync(services, catalog, logger, ct);
}
