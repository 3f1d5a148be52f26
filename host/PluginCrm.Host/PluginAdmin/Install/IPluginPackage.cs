namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>A plugin to install, read where it lies (a folder or an archive) before anything is copied.</summary>
public interface IPluginPackage : IDisposable
{
    /// <summary>The text of its <c>plugin.json</c>, or null when it has none.</summary>
    string? ReadManifest();

    /// <summary>Whether a file of this name sits beside <c>plugin.json</c>.</summary>
    bool Contains(string fileName);

    /// <summary>Copies the plugin's files (everything beside and below <c>plugin.json</c>) into <paramref name="directory"/>.</summary>
    void CopyTo(string directory);
}
