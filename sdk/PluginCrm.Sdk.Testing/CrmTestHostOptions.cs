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

    /// <summary>
    /// Adds a plugin in-process. Its <c>plugin.json</c> is read from the plugin's own built folder (the host's
    /// <c>plugins/&lt;assembly&gt;/</c>), else from beside its assembly, unless a path is given. (A test project that
    /// references two plugins gets both manifests copied into its own output, one over the other.)
    /// </summary>
    public CrmTestHostOptions AddPlugin<TPlugin>(string? manifestPath = null) where TPlugin : ICrmPlugin, new()
    {
        var assembly = typeof(TPlugin).Assembly;
        var built = Path.Combine(CrmCommandLine.HostOutputDirectory, "plugins", assembly.GetName().Name!, "plugin.json");
        Plugins.Add((manifestPath ?? (File.Exists(built) ? built : Path.Combine(Path.GetDirectoryName(assembly.Location)!, "plugin.json")), new TPlugin()));
        return this;
    }
}
