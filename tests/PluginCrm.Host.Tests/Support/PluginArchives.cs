using System.IO.Compression;

namespace PluginCrm.Host.Tests.Support;

/// <summary>Packs a plugin folder the ways <c>crm plugins install</c> accepts, and the ways it must not.</summary>
public static class PluginArchives
{
    /// <summary>A .zip with the plugin's files at its root, or (<paramref name="topFolder"/>) inside one folder.</summary>
    public static string Zip(string pluginFolder, string zipPath, bool topFolder = false)
    {
        ZipFile.CreateFromDirectory(pluginFolder, zipPath, CompressionLevel.Fastest, includeBaseDirectory: topFolder);
        return zipPath;
    }

    /// <summary>A .nupkg as NuGet lays one out, with the plugin in <c>plugin/</c> beside the .nuspec and NuGet's own parts.</summary>
    public static string Nupkg(string pluginFolder, string nupkgPath, string id)
    {
        using var archive = ZipFile.Open(nupkgPath, ZipArchiveMode.Create);
        Add(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\" />");
        Add(archive, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\" />");
        Add(archive, $"{id}.nuspec", $"<package><metadata><id>{id}</id><version>1.0.0</version></metadata></package>");
        foreach (var file in Directory.GetFiles(pluginFolder))
            archive.CreateEntryFromFile(file, $"plugin/{Path.GetFileName(file)}");
        return nupkgPath;
    }

    /// <summary>Adds an entry of that exact name to an existing archive, e.g. one that climbs out with <c>../</c>.</summary>
    public static void AddEntry(string archivePath, string entryName, string text)
    {
        using var archive = ZipFile.Open(archivePath, ZipArchiveMode.Update);
        Add(archive, entryName, text);
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }
}
