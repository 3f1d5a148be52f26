using PluginCrm.Host.Settings;
using PluginCrm.Sdk.Plugins;
using Serilog.Context;

namespace PluginCrm.Host.Plugins;

/// <summary>Brings each loaded plugin up, dependencies first: saved settings checked, tables migrated, StartAsync called.</summary>
public static class PluginStarter
{
    public static async Task StartAllAsync(IServiceProvider services, PluginCatalog catalog, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var entry in catalog.Loaded.ToList())
        {
            using var _ = LogContext.PushProperty("PluginId", entry.Id);
            var failedDependency = entry.DependencyIds.Select(catalog.Find).FirstOrDefault(d => d is not { IsLoaded: true });
            if (failedDependency is not null)
            {
                entry.Fail($"needs '{failedDependency.Id}', which failed: {failedDependency.FailureReason}", logger);
                continue;
            }
            try
            {
                await StartAsync(services, entry, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                entry.Fail($"failed while starting: {ex.GetType().Name}: {ex.Message}", logger);
            }
        }
    }

    /// <summary>
    /// Migrates every loaded plugin's tables, dependencies first, and starts none: what a database needs before any plugin
    /// runs on it (the test kit's template database). A failure is thrown, not recorded against the plugin.
    /// </summary>
    public static async Task MigrateAllAsync(IServiceProvider services, PluginCatalog catalog, CancellationToken cancellationToken)
    {
        foreach (var entry in catalog.Loaded.Where(e => e.DependencyIds.All(d => catalog.Find(d) is { IsLoaded: true })).ToList())
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, entry, cancellationToken);
        }
    }

    private static async Task StartAsync(IServiceProvider services, PluginEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Contributions.Settings is { } settings)
        {
            var saved = await services.GetRequiredService<SettingsStore>().GetOverridesAsync(entry.Id, cancellationToken);
            SettingsMerger.Merge(settings, saved);
        }
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, entry, cancellationToken);
        await entry.Instance!.StartAsync(scope.ServiceProvider, cancellationToken);
    }

    private static async Task MigrateAsync(IServiceProvider scoped, PluginEntry entry, CancellationToken cancellationToken)
    {
        foreach (var schemaType in entry.Contributions.Schemas)
            await ((IPluginSchema)scoped.GetRequiredService(schemaType)).MigrateAsync(cancellationToken);
    }
}
