using System.IO.Compression;

using PluginCrm.Host.Plugins;
namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>
/// A plugin in a .zip or .nupkg. Every entry's name is checked when the archive is opened: a single one that would land
/// outside the plugin's folder refuses the whole archive, which was made by someone who should not be trusted with the
/// host's rights.
/// </summary>
public sealed class ArchivePackage : IPluginPackage
{
    private readonly ZipArchive archive;
    private readonly string root;

    private ArchivePackage(ZipArchive archive, string root)
    {
        this.archive = archive;
        this.root = root;
    }

    /// <summary>Reads the archive's directory from <paramref name="stream"/> (which it then owns); <paramref name="name"/> says which kind it is.</summary>
    public static ArchivePackage Open(Stream stream, string name)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            stream.Dispose();
            throw new InstallationException($"'{name}' is not a readable zip archive: {ex.Message}");
        }
        try
        {
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (names.FirstOrDefault(ArchiveLayout.Escapes) is { } escaping)
                throw new InstallationException($"'{name}' has an entry that would land outside the plugin folder: '{escaping}'");
            return new ArchivePackage(archive, ArchiveLayout.PluginRoot(name, names));
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public string? ReadManifest()
    {
        if (archive.GetEntry(root + PluginManifestReader.FileName) is not { } entry)
            return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public bool Contains(string fileName) => archive.GetEntry(root + fileName) is not null;

    public void CopyTo(string directory)
    {
        var folder = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith(root, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var path = Path.GetFullPath(Path.Combine(folder, entry.FullName[root.Length..]));
            // The names were checked on opening; this is the last word on where a file lands.
            if (!path.StartsWith(folder, StringComparison.Ordinal))
                throw new InstallationException($"the entry '{entry.FullName}' would land outside the plugin folder");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            entry.ExtractToFile(path);
        }
    }

    public void Dispose() => archive.Dispose();
}
