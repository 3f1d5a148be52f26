namespace PluginCrm.Host.Plugins;

/// <summary>
/// Changes to the plugins directory that a host starting at the same moment never sees half done. New files are
/// written into a hidden folder inside the plugins directory (the same volume, so the last step is a rename) and old
/// ones leave by being renamed into one. Discovery passes over hidden folders, so one left behind by a crash or a
/// locked file is never taken for a plugin.
/// </summary>
public static class PluginFolders
{
    public static bool IsHidden(string directory) => Path.GetFileName(directory).StartsWith('.');

    /// <summary>A new, empty hidden folder inside <paramref name="pluginsDirectory"/>.</summary>
    public static string CreateStaging(string pluginsDirectory) =>
        Directory.CreateDirectory(HiddenName(pluginsDirectory, "install")).FullName;

    /// <summary>
    /// Renames <paramref name="staged"/> to <paramref name="target"/>, first moving <paramref name="replaced"/> (the
    /// folder of the version being upgraded, if any) aside, and back should the rename fail.
    /// </summary>
    public static void Publish(string staged, string target, string? replaced)
    {
        var aside = replaced is null ? null : MoveAside(replaced);
        try
        {
            Directory.Move(staged, target);
        }
        catch when (aside is not null)
        {
            Directory.Move(aside, replaced!);
            throw;
        }
        if (aside is not null)
            DeleteQuietly(aside);
    }

    /// <summary>Removes a plugin's folder: renamed aside first, so it is never seen half deleted.</summary>
    public static void Remove(string directory) => DeleteQuietly(MoveAside(directory));

    /// <summary>Deletes a hidden folder; one that cannot go now (a file still open) stays hidden and harmless.</summary>
    public static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string MoveAside(string directory)
    {
        var aside = HiddenName(Path.GetDirectoryName(directory)!, "removed");
        Directory.Move(directory, aside);
        return aside;
    }

    private static string HiddenName(string pluginsDirectory, string purpose) =>
        Path.Combine(pluginsDirectory, $".{purpose}-{Guid.NewGuid():N}");
}
