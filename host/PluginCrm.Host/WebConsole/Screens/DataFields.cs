using System.Text.Json;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// A form's fields served as data (<see cref="FormScreen.FieldsFrom"/>): the JSON a plugin writes for each
/// <see cref="FormField"/>. An entry without a name, or of a kind the console does not know, is left out rather than
/// failing the form; a hidden one too, since a plugin's data must not fill what the user does not see.
/// </summary>
public static class DataFields
{
    public static IReadOnlyList<FormField> From(JsonElement? array)
    {
        if (array is not { ValueKind: JsonValueKind.Array } items)
            return [];
        var fields = new List<FormField>();
        foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            var name = Text(item, "name");
            if (string.IsNullOrWhiteSpace(name) || KindOf(item) is not { } kind || kind == FieldKind.Hidden)
                continue;
            var choices = item.TryGetProperty("choices", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(c => new Choice(Text(c, "value") ?? "", Text(c, "label") ?? Text(c, "value") ?? "")).Where(c => c.Value.Length > 0).ToList()
                : [];
            fields.Add(new FormField(name, Text(item, "label") ?? name, kind)
            {
                Required = item.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
                Choices = choices,
                Help = Text(item, "help"),
            });
        }
        return fields;
    }

    // As a name ("choiceList") or, from an API that writes enums as numbers, as its number.
    private static FieldKind? KindOf(JsonElement item) => item.TryGetProperty("kind", out var kind) ? kind.ValueKind switch
    {
        JsonValueKind.String when Enum.TryParse<FieldKind>(kind.GetString(), ignoreCase: true, out var named) && !int.TryParse(kind.GetString(), out _) => named,
        JsonValueKind.Number when kind.TryGetInt32(out var number) && Enum.IsDefined((FieldKind)number) => (FieldKind)number,
        _ => null,
    } : FieldKind.Text;

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
