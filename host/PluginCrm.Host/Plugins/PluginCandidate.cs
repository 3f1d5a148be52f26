namespace PluginCrm.Host.Plugins;

/// <summary>A folder found in the plugins directory: its manifest, or why it has none that can be used.</summary>
public sealed record PluginCandidate(string Folder, string Directory, PluginManifest? Manifest, string? Error)
{
    /// <summary>The id when the manifest could be read, else the folder name.</summary>
    public string Id => Manifest?.Id ?? Folder;
}
