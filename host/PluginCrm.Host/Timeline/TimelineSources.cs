using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Timeline;

/// <summary>
/// Every source of the timeline: the host's (each <see cref="ICustomerTimelineSource"/> class of this assembly, found by
/// type so that a new record kind adds its history with one file beside it) and the loaded plugins', named by the
/// plugin id so that the names, which order entries of the same time, stay stable between requests.
/// </summary>
public sealed class TimelineSources(PluginCatalog catalog, ModuleSwitches switches, IServiceProvider services)
{
    public sealed record Source(string Name, ICustomerTimelineSource Instance);

    public static readonly IReadOnlyList<Type> HostTypes = typeof(TimelineSources).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICustomerTimelineSource).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static void AddTo(IServiceCollection collection)
    {
        foreach (var type in HostTypes)
            collection.AddScoped(type);
    }

    /// <summary>The sources to ask now: the host's and those of enabled modules.</summary>
    public async Task<IReadOnlyList<Source>> EnabledAsync(CancellationToken ct)
    {
        var disabled = await switches.DisabledIdsAsync(ct);
        return All(catalog.Loaded.Where(e => switches.IsEnabled(e, disabled)));
    }

    /// <summary>Every kind any loaded source gives, enabled or not: a kind's validity does not tell whether a module is on.</summary>
    public IReadOnlySet<string> KnownKinds() =>
        All(catalog.Loaded).SelectMany(s => s.Instance.Kinds).ToHashSet(StringComparer.Ordinal);

    private List<Source> All(IEnumerable<PluginEntry> plugins) =>
        HostTypes.Select(t => new Source($"host/{t.Name}", Resolve(t)))
            .Concat(plugins.SelectMany(e => e.Contributions.TimelineSources.Select(t => new Source($"{e.Id}/{t.Name}", Resolve(t)))))
            .ToList();

    private ICustomerTimelineSource Resolve(Type type) => (ICustomerTimelineSource)services.GetRequiredService(type);
}
