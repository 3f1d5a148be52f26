using System.Reflection;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Testing;

/// <summary>What a <see cref="CrmTestHost"/> starts with.</summary>
public sealed class CrmTestHostOptions
{
    internal List<(string ManifestJson, string Directory, ICrmPlugin Plugin)> Plugins { get; } = [];

    internal List<string> PluginFolders { get; } = [];

    /// <summary>A folder of plugin folders to load from disk, as the real host does; none by default.</summary>
    public string? PluginsDirectory { get; set; }

    /// <summary>The data folder (its SQLite file, or the settings naming its PostgreSQL database); a new temporary folder (deleted afterwards) by default.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Configuration, e.g. <c>["Plugins:notes:MaxLength"] = "10"</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For <see cref="CrmTestHost.StartTenantsAsync"/>: a tenant's database as <c>crm tenants add --database</c> takes it
    /// (<c>postgres:CONNECTION-STRING</c>, <c>sqlite:FOLDER</c>), by tenant name; a tenant not named here has a SQLite file
    /// in its own folder.
    /// </summary>
    public Dictionary<string, string> TenantDatabases { get; } = new(StringComparer.Ordinal);

    /// <summary>The host's clock; move it to make jobs and deadlines come due.</summary>
    public ManualClock Clock { get; set; } = new();

    /// <summary>
    /// Adds a plugin in-process (a test may then reach its services and types directly). Its <c>plugin.json</c> is the one
    /// at <paramref name="manifestPath"/>, else the one its assembly embeds (the SDK's build props embed it), else the one
    /// beside its assembly.
    /// </summary>
    public CrmTestHostOptions AddPlugin<TPlugin>(string? manifestPath = null) where TPlugin : ICrmPlugin, new()
    {
        var assembly = typeof(TPlugin).Assembly;
        var directory = Path.GetDirectoryName(assembly.Location)!;
        Plugins.Add((manifestPath is not null ? File.ReadAllText(manifestPath) : Embedded(assembly) ?? File.ReadAllText(Path.Combine(directory, "plugin.json")), directory, new TPlugin()));
        return this;
    }

    /// <summary>
    /// Adds a plugin from its build output folder (holding <c>plugin.json</c> and its assemblies), loaded through the
    /// host's real loader in a load context of its own, exactly as an installed plugin is.
    /// </summary>
    public CrmTestHostOptions AddPluginFolder(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "plugin.json")))
            throw new ArgumentException($"'{folder}' holds no plugin.json: give the plugin's build output folder", nameof(folder));
        PluginFolders.Add(folder);
        return this;
    }

    private static string? Embedded(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream("plugin.json");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
