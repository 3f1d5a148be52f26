using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Discovers, checks, orders, loads and configures plugins while the host composes its services.
/// Each failure leaves one plugin out with its reason; the host and the others carry on.
/// </summary>
public static class PluginComposer
{
    public static PluginCatalog Compose(PluginsSetup setup, IServiceCollection services, IConfiguration configuration, ILogger logger)
    {
        var inProcess = setup.InProcess.ToDictionary(p => p.Candidate, p => p.Instance);
        var candidates = PluginDiscovery.Discover(setup.Directory).Concat(inProcess.Keys).ToList();
        var resolution = PluginResolver.Resolve(candidates, HostSdk.Version);

        var entries = new List<PluginEntry>();
        var contractFailures = resolution.Ordered.Where(c => !inProcess.ContainsKey(c))
            .Select(c => (Candidate: c, Reason: PluginAssemblyLoader.ShareContracts(c))).Where(c => c.Reason is not null).ToDictionary(c => c.Candidate, c => c.Reason!);
        foreach (var candidate in resolution.Ordered)
        {
            var entry = new PluginEntry(candidate);
            entries.Add(entry);
            if (contractFailures.TryGetValue(candidate, out var contractFailure))
            {
                entry.Fail(contractFailure, logger);
                continue;
            }
            var failedDependency = entry.DependencyIds.Select(d => entries.First(e => e.Id == d)).FirstOrDefault(d => !d.IsLoaded);
            if (failedDependency is not null)
            {
                entry.Fail($"needs '{failedDependency.Id}', which failed: {failedDependency.FailureReason}", logger);
                continue;
            }
            try
            {
                Configure(entry, inProcess.GetValueOrDefault(candidate), services, configuration, setup.Rules, entries);
                logger.LogInformation("Plugin {PluginId} {Version} loaded from {Folder}", entry.Id, candidate.Manifest!.Version, candidate.Folder);
            }
            catch (Exception ex)
            {
                entry.Fail(ex is PluginLoadException ? ex.Message : $"failed while configuring: {ex.GetType().Name}: {ex.Message}", logger);
            }
        }
        foreach (var failure in resolution.Failed)
        {
            var entry = new PluginEntry(failure.Candidate);
            entry.Fail(failure.Reason, logger);
            entries.Add(entry);
        }
        StepMessages.Check(entries, logger);
        var catalog = new PluginCatalog(entries);
        services.AddSingleton(catalog);
        return catalog;
    }

    private static void Configure(PluginEntry entry, ICrmPlugin? instance, IServiceCollection services, IConfiguration configuration, PluginRules rules, IReadOnlyList<PluginEntry> earlier)
    {
        var manifest = entry.Manifest!;
        instance ??= PluginAssemblyLoader.Load(entry.Candidate);
        var descriptor = new PluginDescriptor(manifest.Id, manifest.Name, manifest.Version.ToString(), entry.Candidate.Directory);
        var builder = new PluginBuilder(descriptor, configuration.GetSection($"Plugins:{manifest.Id}"), rules);
        instance.Configure(builder);
        var taken = builder.Contributions.RecordTypes.Keys
            .Select(type => (type, owner: earlier.FirstOrDefault(e => e.IsLoaded && e.Contributions.RecordTypes.ContainsKey(type))))
            .FirstOrDefault(t => t.owner is not null);
        if (taken.owner is not null)
            throw new PluginLoadException($"record type '{taken.type}' is already registered by plugin '{taken.owner.Id}'");

        // Only a plugin that configured itself completely joins the host's container.
        PluginServices.Merge(builder.Services, services, instance.GetType().Assembly);
        entry.Instance = instance;
        entry.Descriptor = descriptor;
        entry.Contributions = builder.Contributions;
    }

    // Each plugin's endpoints live under /api/<id>, tagged so the module gate can switch them off.
    public static void MapEndpoints(WebApplication app, PluginCatalog catalog, ILogger logger)
    {
        foreach (var entry in catalog.Loaded.ToList())
        {
            var group = app.MapGroup($"/api/{entry.Id}").WithMetadata(new PluginEndpointMetadata(entry.Id));
            try
            {
                entry.Instance!.MapEndpoints(group);
            }
            catch (Exception ex)
            {
                entry.Fail($"failed while mapping endpoints: {ex.GetType().Name}: {ex.Message}", logger);
            }
        }
    }
}
