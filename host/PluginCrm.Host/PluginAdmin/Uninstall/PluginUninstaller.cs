using PluginCrm.Host.PluginAdmin.Install;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin.Uninstall;

/// <summary>
/// <c>crm plugins uninstall</c>: finds the installed plugin and refuses while another installed plugin needs it. Taking
/// the folder away touches no data; dropping the data is <see cref="PluginPurge"/>, a separate step asked for by name.
/// </summary>
public static class PluginUninstaller
{
    /// <summary>The installed plugin <paramref name="id"/> (a folder name for one whose manifest cannot be read), once nothing installed needs it.</summary>
    public static PluginCandidate Find(string pluginsDirectory, string id)
    {
        var installed = PluginDiscovery.Discover(pluginsDirectory);
        var found = installed.Where(c => c.Id == id).ToList();
        if (found.Count == 0)
            throw new InstallationException($"'{id}' is not installed in {pluginsDirectory} (see 'crm plugins list')");
        if (found.Count > 1)
            throw new InstallationException($"'{id}' is installed in several folders ({string.Join(", ", found.Select(c => c.Folder))}); remove all but one by hand");
        var dependents = installed.Where(c => c.Manifest?.Dependencies.Any(d => d.Id == id) == true).Select(c => $"'{c.Id}'").ToList();
        if (dependents.Count > 0)
            throw new InstallationException($"cannot uninstall '{id}': installed plugins need it: {string.Join(", ", dependents)}; uninstall them first");
        return found[0];
    }
}
