using System.Globalization;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>The screens the enabled plugins declare, found by plugin and key, with their labels in the user's language.</summary>
public sealed class ScreenCatalog(PluginCatalog catalog, ModuleSwitches switches)
{
    public async Task<IReadOnlyList<(string Plugin, ScreenSet Screens)>> EnabledAsync(CancellationToken ct)
    {
        var disabled = await switches.DisabledIdsAsync(ct);
        return catalog.Loaded.Where(e => e.Contributions.Screens is not null && switches.IsEnabled(e, disabled))
            .Select(e => (e.Id, e.Contributions.Screens!)).ToList();
    }

    /// <summary>The screen set of an enabled plugin; null when the plugin is off, missing or declares none.</summary>
    public async Task<ScreenSet?> FindAsync(string plugin, CancellationToken ct)
    {
        foreach (var (id, screens) in await EnabledAsync(ct))
        {
            if (id == plugin)
                return screens;
        }
        return null;
    }

    /// <summary>The label in the user's language, when the plugin translated it.</summary>
    public static string Text(ScreenSet set, string label) =>
        set.Translations.TryGetValue(CultureInfo.CurrentUICulture.Name, out var texts) && texts.TryGetValue(label, out var text) ? text : label;
}
