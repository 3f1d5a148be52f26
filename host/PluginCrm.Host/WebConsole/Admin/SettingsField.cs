using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PluginCrm.Host.Settings;

namespace PluginCrm.Host.WebConsole.Admin;

/// <summary>
/// One input of a plugin's settings form, generated from a property of its settings type as the API serializes it
/// (<see cref="SettingsMerger.Json"/>), so the form's names are the API's fields and its errors land beside their input.
/// </summary>
/// <param name="Options">For a select: each choice as its JSON text (what the API takes) and its name.</param>
public sealed partial record SettingsField(string Name, string Label, SettingsInput Input, bool Nullable, IReadOnlyList<(string Value, string Text)> Options)
{
    /// <summary>The form field that carries the setting.</summary>
    public string FormName => $"setting.{Name}";

    public static IReadOnlyList<SettingsField> Of(SettingsDefinition definition)
    {
        // Until the options have served a call they have no resolver, and a type's contract cannot be read from them.
        SettingsMerger.Json.MakeReadOnly(populateMissingResolver: true);
        return SettingsMerger.Json.GetTypeInfo(definition.Type).Properties.Where(p => p.Set is not null).Select(p =>
        {
            var plain = System.Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var label = (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? Words(p.Name);
            IReadOnlyList<(string, string)> options = plain.IsEnum
                ? Enum.GetValues(plain).Cast<object>().Select(v => (JsonSerializer.Serialize(v, plain, SettingsMerger.Json), v.ToString()!)).ToList()
                : [];
            return new SettingsField(p.Name, label, InputFor(plain), System.Nullable.GetUnderlyingType(p.PropertyType) is not null, options);
        }).ToList();
    }

    /// <summary>The text an input shows for <paramref name="value"/>, the setting as JSON.</summary>
    public string Show(JsonNode? value) => Input switch
    {
        _ when value is null => "",
        SettingsInput.Checkbox => value.GetValue<bool>() ? "true" : "false",
        SettingsInput.Text when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        SettingsInput.WholeNumber or SettingsInput.Number or SettingsInput.Text => value.ToJsonString(),
        SettingsInput.Select => value.ToJsonString(),
        _ => value.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
    };

    /// <summary>
    /// The JSON the API takes for what was typed; a value of the wrong kind goes as text, for the server to refuse in its
    /// words. An empty optional field is null: the API's "back to the default". Throws <see cref="JsonException"/> for a
    /// JSON field that is not JSON.
    /// </summary>
    public JsonNode? Read(string? typed) => Input switch
    {
        SettingsInput.Checkbox => JsonValue.Create(typed == "true"),
        _ when string.IsNullOrEmpty(typed) && Nullable => null,
        SettingsInput.WholeNumber when long.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        SettingsInput.Number or SettingsInput.WholeNumber when decimal.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        SettingsInput.Select or SettingsInput.Json when typed is { Length: > 0 } => JsonNode.Parse(typed),
        _ => JsonValue.Create(typed ?? ""),
    };

    /// <summary>Whether an error the server keyed by field (<c>holidays[0].name</c>) belongs to this input.</summary>
    public bool Owns(string errorKey) =>
        string.Equals(errorKey, Name, StringComparison.OrdinalIgnoreCase)
        || (errorKey.StartsWith(Name, StringComparison.OrdinalIgnoreCase) && errorKey.Length > Name.Length && errorKey[Name.Length] is '[' or '.');

    private static SettingsInput InputFor(Type plain) => plain.IsEnum ? SettingsInput.Select : Type.GetTypeCode(plain) switch
    {
        TypeCode.Boolean => SettingsInput.Checkbox,
        TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 => SettingsInput.WholeNumber,
        TypeCode.Single or TypeCode.Double or TypeCode.Decimal => SettingsInput.Number,
        // Dates, times and the like are written as text in JSON; lists and objects are edited as JSON.
        TypeCode.String or TypeCode.DateTime => SettingsInput.Text,
        _ when plain == typeof(DateOnly) || plain == typeof(TimeOnly) || plain == typeof(TimeSpan) || plain == typeof(Guid) => SettingsInput.Text,
        _ => SettingsInput.Json,
    };

    // "ResponseDeadlineHours" → "Response deadline hours": a setting's own name, readable, in any language.
    private static string Words(string camel)
    {
        var words = Capital().Replace(camel, " $1").Trim().ToLowerInvariant();
        return words.Length == 0 ? camel : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capital();
}
