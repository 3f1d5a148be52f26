using System.Globalization;
using System.Security.Claims;
using PluginCrm.Sdk.Access;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>The screens the enabled plugins declare, found by plugin and key, with their labels in the user's language.</summary>
public sealed class ScreenCatalog(PluginCatalog catalog, ModuleSwitches switches, IRecordAccess access)
{
    /// <summary>Whether the user meets a screen's policy (the host's answer, as for the endpoint behind it).</summary>
    public bool Offers(ClaimsPrincipal user, string? policy) => policy is null || access.Meets(user.ToActingUser(), policy);

    /// <summary>The menu entries of a set the user is offered: those whose screen's policy the user meets.</summary>
    public IEnumerable<MenuEntry> MenuFor(ClaimsPrincipal user, ScreenSet set) => set.Menu.Where(entry =>
        Offers(user, set.Lists.FirstOrDefault(l => l.Key == entry.Screen)?.Policy ?? set.Forms.FirstOrDefault(f => f.Key == entry.Screen)?.Policy));

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
