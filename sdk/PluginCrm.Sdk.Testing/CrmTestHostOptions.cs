using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Testing;

/// <summary>What a <see cref="CrmTestHost"/> starts with.</summary>
public sealed class CrmTestHostOptions
{
    internal List<(string ManifestPath, ICrmPlugin Plugin)> Plugins { get; } = [];

    /// <summary>A folder of plugin folders to load from disk, as the real host does; none by default.</summary>
    public string? PluginsDirectory { get; set; }

    /// <summary>Where the SQLite file goes; a new temporary folder (deleted afterwards) by default.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Configuration, e.g. <c>["Plugins:notes:MaxLength"] = "10"</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The host's clock; move it to make jobs and deadlines come due.</summary>
    public ManualClock Clock { get; set; } = new();

    /// <summary>Adds a plugin in-process. Its <c>plugin.json</c> is read from beside its assembly unless a path is given.</summary>
    public CrmTestHostOptions AddPlugin<TPlugin>(string? manifestPath = null) where TPlugin : ICrmPlugin, new()
    {
        Plugins.Add((manifestPath ?? Path.Combine(Path.GetDirectoryName(typeof(TPlugin).Assembly.Location)!, "plugin.json"), new TPlugin()));
        return this;
    }
}
