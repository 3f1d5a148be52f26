using System.Text.Json;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// A throw-away plugins folder. Each plugin is a copy of the real fixture assembly from disk with its own
/// plugin.json, so one assembly can stage every kind of plugin, good or broken.
/// </summary>
public sealed class PluginsFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("plugincrm-plugins-").FullName;

    /// <summary>A plugin folder with the fixture assembly and a manifest built from the arguments.</summary>
    public PluginsFolder Add(string id, string entryType = "EchoPlugin", string sdk = "^2.0.0", string version = "1.0.0",
        Dictionary<string, string>? dependencies = null, string[]? conflicts = null, string? folder = null,
        Dictionary<string, string>? optionalDependencies = null)
    {
        var manifest = new
        {
            id, name = id, version, sdk,
            assembly = "PluginCrm.Fixtures.Plugins.dll",
            entryType = entryType.Contains('.') ? entryType : $"PluginCrm.Fixtures.Plugins.{entryType}",
            dependencies = dependencies ?? [],
            optionalDependencies = optionalDependencies ?? [],
            conflicts = conflicts ?? [],
            description = "fixture", author = "tests",
        };
        return AddRaw(folder ?? id, JsonSerializer.Serialize(manifest));
    }

    /// <summary>A plugin folder with the fixture assembly and exactly this plugin.json text.</summary>
    public PluginsFolder AddRaw(string folder, string manifestJson) => AddRaw(folder, manifestJson, TestPaths.FixtureOutput);

    /// <summary>
    /// A plugin folder with <c>PluginCrm.Fixtures.OldSdkPlugin.dll</c>, built against a stand-in for SDK 1.5 (it registers its
    /// record type the 1.5 way and reads complaints and customer values from the SDK), declaring SDK <paramref name="sdk"/>.
    /// </summary>
    public PluginsFolder AddBuiltForSdk15(string id, string sdk) => AddRaw(id, JsonSerializer.Serialize(new
    {
        id, name = id, version = "1.0.0", sdk,
        assembly = "PluginCrm.Fixtures.OldSdkPlugin.dll",
        entryType = "PluginCrm.Fixtures.OldSdkPlugin.WatchPlugin",
    }), TestPaths.OldSdkPluginOutput);

    private PluginsFolder AddRaw(string folder, string manifestJson, string fixtureOutput)
    {
        var directory = System.IO.Path.Combine(Path, folder);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(fixtureOutput, "PluginCrm.Fixtures.*"))
            File.Copy(file, System.IO.Path.Combine(directory, System.IO.Path.GetFileName(file)));
        File.WriteAllText(System.IO.Path.Combine(directory, "plugin.json"), manifestJson);
        return this;
    }

    /// <summary>Also copies the built-in plugins (notes) in, as the real plugins folder has them.</summary>
    public PluginsFolder AddBuiltIns()
    {
        foreach (var plugin in Directory.GetDirectories(TestPaths.BuiltInPlugins))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(plugin));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(plugin))
                File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        return this;
    }

    /// <summary>Every folder and file below the plugins folder with its size, hidden ones included: equal snapshots, nothing changed.</summary>
    public IReadOnlyList<string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories)
            .Select(p => $"{System.IO.Path.GetRelativePath(Path, p)} {(File.Exists(p) ? new FileInfo(p).Length : -1)}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The folder of plugin <paramref name="folder"/>, e.g. to install it from there.</summary>
    public string Of(string folder) => System.IO.Path.Combine(Path, folder);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
