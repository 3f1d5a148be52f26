using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Plugins;
using Semver;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// Discovers, checks, orders, loads and configures plugins while the host composes its services.
/// Each failure leaves one plugin out with its reason; the host and the others carry on.
/// </summary>
internal static class PluginComposer
{
    /// <summary>The SDK this host provides: the version of the PluginCrm.Sdk assembly it was built with.</summary>
    public static SemVersion SdkVersion { get; } = SemVersion.FromVersion(new Version(typeof(ICrmPlugin).Assembly.GetName().Version!.ToString(3)));

    public static PluginCatalog Compose(CrmOptions options, CrmStartOptions start, IServiceCollection services, IConfiguration configuration, ILogger logger)
    {
        var inProcess = start.InProcessPlugins.ToDictionary(p => p.Candidate, p => p.Instance);
        var candidates = PluginDiscovery.Discover(options.PluginsDirectory).Concat(inProcess.Keys).ToList();
        var resolution = PluginResolver.Resolve(candidates, SdkVersion);

        var entries = new List<PluginEntry>();
        var contractFailures = resolution.Ordered.Where(c => !inProcess.ContainsKey(c))
            .Select(c => (Candidate: c, Reason: PluginAssemblyLoader.ShareContracts(c))).Where(c => c.Reason is not null).ToDictionary(c => c.Candidate, c => c.Reason!);
        foreach (var candidate in resolution.Ordered)
        {
            var entry = new PluginEntry(candidate);
            entries.Add(entry);
            if (contractFailures.TryGetValue(candidate, out var contractFailure))
            {
                Fail(entry, contractFailure, logger);
                continue;
            }
            var failedDependency = entry.DependencyIds.Select(d => entries.First(e => e.Id == d)).FirstOrDefault(d => !d.IsLoaded);
            if (failedDependency is not null)
            {
                Fail(entry, $"needs '{failedDependency.Id}', which failed: {failedDependency.FailureReason}", logger);
                continue;
            }
            try
            {
                Configure(entry, inProcess.GetValueOrDefault(candidate), services, configuration, entries);
                logger.LogInformation("Plugin {PluginId} {Version} loaded from {Folder}", entry.Id, candidate.Manifest!.Version, candidate.Folder);
            }
            catch (Exception ex)
            {
                Fail(entry, ex is PluginLoadException ? ex.Message : $"failed while configuring: {ex.GetType().Name}: {ex.Message}", logger);
            }
        }
        foreach (var failure in resolution.Failed)
        {
            var entry = new PluginEntry(failure.Candidate);
            Fail(entry, failure.Reason, logger);
            entries.Add(entry);
        }
        StepMessages.Check(entries, logger);
        return new PluginCatalog(entries);
    }

    private static void Configure(PluginEntry entry, ICrmPlugin? instance, IServiceCollection services, IConfiguration configuration, IReadOnlyList<PluginEntry> earlier)
    {
        var manifest = entry.Manifest!;
        instance ??= PluginAssemblyLoader.Load(entry.Candidate);
        var descriptor = new PluginDescriptor(manifest.Id, manifest.Name, manifest.Version.ToString(), entry.Candidate.Directory);
        var builder = new PluginBuilder(descriptor, configuration.GetSection($"Plugins:{manifest.Id}"));
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

    public static void Fail(PluginEntry entry, string reason, ILogger logger)
    {
        entry.Fail(reason);
        logger.LogError("Plugin {PluginId} (folder {Folder}) left out: {Reason}", entry.Id, entry.Candidate.Folder, reason);
    }
}
