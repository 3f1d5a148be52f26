using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>The screens the enabled plugins declare, found by plugin and key, with their labels in the user's language.</summary>
public sealed partial class ScreenCatalog(PluginCatalog catalog, ModuleSwitches switches)
{
    public async Task<IReadOnlyList<(string Plugin, ScreenSet Screens)>> EnabledAsync(CancellationToken ct)
    {
        var disabled = await switches.DisabledIdsAsync(ct);
        return catalog.Loaded.Where(e => e.Contributions.Screens is not null && switches.IsEnabled(e, disabled))
            .Select(e => (e.Id, e.Contributions.Screens!)).ToList();
    }

    public async Task<(ScreenSet Set, ListScreen List)?> FindAsync(string plugin, string key, CancellationToken ct)
    {
        foreach (var (id, screens) in await EnabledAsync(ct))
        {
            if (id == plugin && screens.Lists.FirstOrDefault(l => l.Key == key) is { } list)
                return (screens, list);
        }
        return null;
    }

    /// <summary>The label in the user's language, when the plugin translated it.</summary>
    public static string Text(ScreenSet set, string label) =>
        set.Translations.TryGetValue(CultureInfo.CurrentUICulture.Name, out var texts) && texts.TryGetValue(label, out var text) ? text : label;

    /// <summary>A template (<c>/pool/{recordType}s/{recordId}/claim</c>) with the row's fields filled in, escaped.</summary>
    public static string Fill(string template, JsonElement row) => Placeholder().Replace(template, m =>
        Uri.EscapeDataString(Field(row, m.Groups[1].Value)));

    /// <summary>Whether <paramref name="path"/> is <paramref name="template"/> filled in: an action calls only what it declares.</summary>
    public static bool Matches(string template, string path) =>
        Regex.IsMatch(path, "^" + string.Concat(Placeholder().Split(template).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "[^/?#]+")) + "$");

    public static string Field(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind == JsonValueKind.Null ? "" : value.GetRawText()
            : "";

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
