using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>Where the plugin sits inside an archive, and which entry names may not be extracted.</summary>
public static class ArchiveLayout
{
    private const string Manifest = PluginManifestReader.FileName;

    /// <summary>An absolute name, or one that climbs out with <c>..</c>, would be written outside the folder it is extracted into (zip-slip).</summary>
    public static bool Escapes(string entryName)
    {
        var name = entryName.Replace('\\', '/');
        return name.StartsWith('/') || Path.IsPathRooted(entryName) || (name.Length > 1 && name[1] == ':') || name.Split('/').Contains("..");
    }

    /// <summary>
    /// The plugin's folder inside the archive (<c>""</c> for the root, else ending in <c>/</c>). A .zip holds
    /// <c>plugin.json</c> at its root or in its one top folder; a .nupkg holds it anywhere (<c>plugin/plugin.json</c> with
    /// the assemblies beside it), the shallowest one counting, so that NuGet's own files around it do not matter.
    /// </summary>
    public static string PluginRoot(string archiveName, IReadOnlyList<string> entryNames)
    {
        var isNupkg = Path.GetExtension(archiveName).Equals(".nupkg", StringComparison.OrdinalIgnoreCase);
        return (isNupkg ? NupkgRoot(archiveName, entryNames) : ZipRoot(entryNames))
            ?? throw new InstallationException(isNupkg
                ? $"'{archiveName}' holds no {Manifest}"
                : $"'{archiveName}' holds no {Manifest} at its root or in its single top folder");
    }

    private static string? ZipRoot(IReadOnlyList<string> names)
    {
        if (names.Contains(Manifest))
            return "";
        var tops = names.Select(n => n.Split('/')[0]).Distinct().ToList();
        return tops.Count == 1 && names.Contains($"{tops[0]}/{Manifest}") ? $"{tops[0]}/" : null;
    }

    private static string? NupkgRoot(string archiveName, IReadOnlyList<string> names)
    {
        var shallowest = names
            .Where(n => n == Manifest || n.EndsWith($"/{Manifest}", StringComparison.Ordinal))
            .GroupBy(n => n.Count(c => c == '/'))
            .MinBy(g => g.Key)?
            .ToList();
        if (shallowest is { Count: > 1 })
            throw new InstallationException($"'{archiveName}' holds several {Manifest} at the same depth ({string.Join(", ", shallowest)}); which is the plugin is unclear");
        return shallowest?[0][..^Manifest.Length];
    }
}
