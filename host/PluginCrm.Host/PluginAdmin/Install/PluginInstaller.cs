using PluginCrm.Host.Plugins;
using Semver;
namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>
/// <c>crm plugins install</c>: checks a package completely before writing anything into the plugins directory, then
/// copies it into a hidden folder there and renames that into <c>&lt;plugins&gt;/&lt;id&gt;</c>, so that a failure at any
/// point leaves the directory as it was. Loads no plugin code and touches no database: the next start loads the plugin
/// (and migrates its tables); an upgrade keeps the data of the version it replaces.
/// </summary>
public static class PluginInstaller
{
    /// <summary>What was installed, where, and which installed plugins (with <c>--force</c>) will be left out.</summary>
    public sealed record Installed(PluginManifest Manifest, string Directory, IReadOnlyList<PluginFailure> LeftOut);

    public static Installed Install(IPluginPackage package, string source, string pluginsDirectory, SemVersion sdkVersion, bool force)
    {
        var manifest = ReadManifest(package, source);
        if (!package.Contains(manifest.Assembly))
            throw new InstallationException($"cannot install {manifest.Id} {manifest.Version}: the assembly '{manifest.Assembly}' named in {PluginManifestReader.FileName} is not in '{source}'");
        var plan = InstallCheck.Check(manifest, pluginsDirectory, sdkVersion, force);

        var staging = PluginFolders.CreateStaging(pluginsDirectory);
        try
        {
            package.CopyTo(staging);
            PluginFolders.Publish(staging, plan.Candidate.Directory, plan.Replaced?.Directory);
        }
        catch
        {
            PluginFolders.DeleteQuietly(staging);
            throw;
        }
        return new Installed(manifest, plan.Candidate.Directory, plan.LeftOut);
    }

    private static PluginManifest ReadManifest(IPluginPackage package, string source)
    {
        var text = package.ReadManifest() ?? throw new InstallationException($"'{source}' holds no {PluginManifestReader.FileName}");
        var (manifest, errors) = PluginManifestReader.Parse(text);
        return manifest ?? throw new InstallationException($"'{source}': {string.Join("; ", errors)}");
    }
}
