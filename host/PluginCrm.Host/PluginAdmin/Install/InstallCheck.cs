using PluginCrm.Host.Plugins;
using Semver;
namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>
/// Decides from manifests alone whether a plugin may join the installed ones. The host's own start-up checks
/// (<see cref="PluginResolver"/>) run on the plugins directory as it would be after the install, so a plugin that the
/// next start would leave out is refused now, while nothing has changed yet.
/// </summary>
public static class InstallCheck
{
    /// <summary>Where the plugin goes, the installed version it replaces (an upgrade), and what <c>--force</c> lets it leave out.</summary>
    public sealed record Plan(PluginCandidate Candidate, PluginCandidate? Replaced, IReadOnlyList<PluginFailure> LeftOut);

    public static Plan Check(PluginManifest manifest, string pluginsDirectory, SemVersion sdkVersion, bool force)
    {
        var installed = PluginDiscovery.Discover(pluginsDirectory);
        var replaced = Replaced(manifest, installed, force);
        var target = Path.Combine(pluginsDirectory, manifest.Id);
        if (Directory.Exists(target) && replaced?.Directory != target)
            throw Refused(manifest, $"the plugins directory already has a folder '{manifest.Id}' holding something else; move it away first");

        var others = installed.Where(c => c != replaced).ToList();
        if (manifest.Conflicts.FirstOrDefault(id => others.Any(o => o.Manifest?.Id == id)) is { } mine)
            throw Refused(manifest, $"it conflicts with '{mine}', which is installed");
        if (others.FirstOrDefault(o => o.Manifest?.Conflicts.Contains(manifest.Id) == true) is { } theirs)
            throw Refused(manifest, $"'{theirs.Id}', which is installed, conflicts with it");

        var candidate = new PluginCandidate(manifest.Id, target, manifest, null);
        var before = PluginResolver.Resolve(installed, sdkVersion);
        var after = PluginResolver.Resolve([.. others, candidate], sdkVersion);
        if (after.Failed.FirstOrDefault(f => f.Candidate == candidate) is { } failure)
            throw Refused(manifest, failure.Reason);
        // An upgrade can take a plugin out of the range its dependents accept.
        var leftOut = after.Failed.Where(f => before.Ordered.Contains(f.Candidate)).ToList();
        if (leftOut.Count > 0 && !force)
            throw Refused(manifest, $"{string.Join("; ", leftOut.Select(f => $"'{f.Candidate.Id}' would be left out: {f.Reason}"))} (--force installs anyway)");
        return new Plan(candidate, replaced, leftOut);
    }

    // The same version again is refused; an older one is replaced (an upgrade, its data kept); a newer one only with
    // --force, because older code would meet tables that a newer migration shaped, and EF Core migrates forward only.
    private static PluginCandidate? Replaced(PluginManifest manifest, IReadOnlyList<PluginCandidate> installed, bool force)
    {
        var same = installed.Where(c => c.Manifest?.Id == manifest.Id).ToList();
        if (same.Count > 1)
            throw Refused(manifest, $"'{manifest.Id}' is installed in several folders ({string.Join(", ", same.Select(c => c.Folder))}); remove all but one first");
        if (same is not [var current])
            return null;
        var version = current.Manifest!.Version;
        var order = manifest.Version.ComparePrecedenceTo(version);
        if (order == 0)
            throw new InstallationException($"{manifest.Id} {manifest.Version} is already installed (folder '{current.Folder}')");
        if (order < 0 && !force)
            throw Refused(manifest, $"the installed {version} is newer; downgrading needs --force, and the data stays as {version} left it");
        return current;
    }

    private static InstallationException Refused(PluginManifest manifest, string reason) =>
        new($"cannot install {manifest.Id} {manifest.Version}: {reason}");
}
