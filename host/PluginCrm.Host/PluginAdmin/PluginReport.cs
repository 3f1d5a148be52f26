using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin;

/// <summary>Describes the catalog for people: the same rows over HTTP and on the command line.</summary>
public static class PluginReport
{
    public const string Enabled = "enabled", Disabled = "disabled", Failed = "failed";

    public static async Task<IReadOnlyList<PluginInfo>> ListAsync(PluginCatalog catalog, ModuleSwitches switches, CancellationToken cancellationToken)
    {
        var disabled = await switches.DisabledIdsAsync(cancellationToken);
        return catalog.All.Select(e => Describe(e, switches, disabled)).ToList();
    }

    public static PluginInfo Describe(PluginEntry entry, ModuleSwitches switches, IReadOnlySet<string> disabled)
    {
        var manifest = entry.Manifest;
        var state = !entry.IsLoaded ? Failed : switches.IsEnabled(entry, disabled) ? Enabled : Disabled;
        return new PluginInfo(
            entry.Id, manifest?.Version.ToString(), state, entry.FailureReason, entry.Candidate.Folder,
            manifest?.Name, manifest?.Description, manifest?.Author, manifest?.SdkText,
            manifest?.Dependencies.ToDictionary(d => d.Id, d => d.RangeText) ?? [],
            manifest?.Conflicts ?? [],
            entry.Contributions.Jobs.Select(j => j.Key).ToList(),
            entry.Contributions.TemplateFunctions.Keys.Select(f => $"{entry.Descriptor?.TemplateNamespace}.{f}").ToList(),
            entry.Contributions.Settings is not null);
    }
}
