namespace PluginCrm.Host.Plugins;

/// <summary>Every plugin found at start-up, loaded ones in dependency order first, then the failed ones.</summary>
public sealed class PluginCatalog(IReadOnlyList<PluginEntry> entries)
{
    public IReadOnlyList<PluginEntry> All { get; } = entries;

    public IEnumerable<PluginEntry> Loaded => All.Where(e => e.IsLoaded);

    public PluginEntry? Find(string id) => All.FirstOrDefault(e => e.IsLoaded && e.Id == id) ?? All.FirstOrDefault(e => e.Id == id);

    /// <summary>The loaded plugin that registered <paramref name="recordType"/>, if one did.</summary>
    public PluginEntry? RecordTypeOwner(string recordType) => Loaded.FirstOrDefault(e => e.Contributions.RecordTypes.ContainsKey(recordType));

    /// <summary>Loaded plugins that name <paramref name="id"/> as a dependency.</summary>
    public IEnumerable<PluginEntry> DependentsOf(string id) => Loaded.Where(e => e.DependencyIds.Contains(id));
}
