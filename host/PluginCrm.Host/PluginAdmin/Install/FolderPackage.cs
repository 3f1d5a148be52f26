
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>A plugin folder as a build leaves it: <c>plugin.json</c> and the assemblies, maybe with subfolders.</summary>
public sealed class FolderPackage(string directory) : IPluginPackage
{
    public string? ReadManifest()
    {
        var path = Path.Combine(directory, PluginManifestReader.FileName);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public bool Contains(string fileName) => File.Exists(Path.Combine(directory, fileName));

    public void CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose()
    {
    }
}
