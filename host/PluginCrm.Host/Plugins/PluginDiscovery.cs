namespace PluginCrm.Host.Plugins;

/// <summary>Finds plugin folders and reads their manifests; loads no code. Hidden folders (an install under way) are not plugins.</summary>
public static class PluginDiscovery
{
    public static IReadOnlyList<PluginCandidate> Discover(string pluginsDirectory)
    {
        if (!Directory.Exists(pluginsDirectory))
            return [];
        return Directory.GetDirectories(pluginsDirectory)
            .Where(d => !PluginFolders.IsHidden(d))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
    }

    public static PluginCandidate Read(string directory)
    {
        var folder = Path.GetFileName(directory);
        var manifestPath = Path.Combine(directory, PluginManifestReader.FileName);
        if (!File.Exists(manifestPath))
            return new PluginCandidate(folder, directory, null, $"no {PluginManifestReader.FileName} in folder '{folder}'");

        var (manifest, errors) = PluginManifestReader.Parse(File.ReadAllText(manifestPath));
        if (manifest is null)
            return new PluginCandidate(folder, directory, null, string.Join("; ", errors));
        if (!File.Exists(Path.Combine(directory, manifest.Assembly)))
            return new PluginCandidate(folder, directory, manifest, $"assembly '{manifest.Assembly}' named in {PluginManifestReader.FileName} is not in folder '{folder}'");
        return new PluginCandidate(folder, directory, manifest, null);
    }
}
