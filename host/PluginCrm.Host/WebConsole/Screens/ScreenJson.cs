using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>Reading a plugin's JSON answers for its screens: dotted paths, templates filled from a row, values shown.</summary>
public static partial class ScreenJson
{
    /// <summary>The value at a dotted path (<c>complaint.subject</c>); the element itself for an empty path.</summary>
    public static JsonElement? At(JsonElement element, string path)
    {
        var current = element;
        foreach (var name in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                return null;
        }
        return current;
    }

    /// <summary>The value at <paramref name="path"/> as plain text (what a template or a link is filled with).</summary>
    public static string Raw(JsonElement row, string path) => At(row, path) is { } value
        ? value.ValueKind switch { JsonValueKind.String => value.GetString()!, JsonValueKind.Null => "", _ => value.GetRawText() }
        : "";

    /// <summary>
    /// The value at <paramref name="path"/> as the user reads it, in <paramref name="format"/>: a time in <paramref name="zone"/>
    /// (the browser's, <see cref="ConsoleTimes"/>), which the page names once.
    /// </summary>
    public static string Show(JsonElement row, string path, ValueFormat format, Func<string, string> text, TimeZoneInfo zone)
    {
        if (At(row, path) is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return "–";
        var culture = CultureInfo.CurrentUICulture;
        return format switch
        {
            ValueFormat.Number or ValueFormat.Money or ValueFormat.Percent when value.TryGetDecimal(out var number) => Format(number, format),
            ValueFormat.Date when value.TryGetDateTime(out var date) => date.ToUniversalTime().ToString("d", culture),
            ValueFormat.DateTime when TimeAt(value) is { } utc => ConsoleTimes.Show(utc, zone),
            ValueFormat.YesNo when value.ValueKind is JsonValueKind.True or JsonValueKind.False => text(value.GetBoolean() ? "Yes" : "No"),
            ValueFormat.Name when value.ValueKind == JsonValueKind.String => text(Spaced(value.GetString()!)),
            ValueFormat.Translated when value.ValueKind == JsonValueKind.String => text(value.GetString()!),
            ValueFormat.Translated when Line(value, text) is { } line => line,
            _ when value.ValueKind == JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
    }

    /// <summary>The moment at <paramref name="path"/> in UTC (a time without an offset is taken as UTC, as the API writes them), or null.</summary>
    public static DateTime? TimeAt(JsonElement row, string path) => At(row, path) is { } value ? TimeAt(value) : null;

    private static DateTime? TimeAt(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.TryGetDateTime(out var time)
            ? time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()
            : null;

    /// <summary>Whether any of <paramref name="columns"/> shows a time, so that the page names the zone its times are in.</summary>
    public static bool ShowsTimes(IEnumerable<ListColumn> columns) => columns.Any(c => c.Format == ValueFormat.DateTime);

    // A DayText's JSON ({"format": ..., "values": [...]}) in the user's language; its English format as it is when the
    // module's holes and values do not match (a module's mistake is no reason for the page to fail), null for other JSON.
    private static string? Line(JsonElement value, Func<string, string> text)
    {
        if (value.ValueKind != JsonValueKind.Object || At(value, "format") is not { ValueKind: JsonValueKind.String } format)
            return null;
        string[] values = At(value, "values") is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray().Select(v => Raw(v, ""))] : [];
        try
        {
            return new DayText(format.GetString()!, values).In(text);
        }
        catch (FormatException)
        {
            return format.GetString();
        }
    }

    /// <summary>A number as the user reads it: money with two decimals, a share as a percentage, otherwise up to two decimals.</summary>
    public static string Format(decimal number, ValueFormat format) => format switch
    {
        ValueFormat.Money => number.ToString("#,0.00", CultureInfo.CurrentUICulture),
        ValueFormat.Percent => number.ToString("0.#%", CultureInfo.CurrentUICulture),
        _ => number.ToString("#,0.##", CultureInfo.CurrentUICulture),
    };

    /// <summary>A template (<c>/pool/{recordType}s/{recordId}/claim</c>) with the row's fields filled in, escaped.</summary>
    public static string Fill(string template, JsonElement row) =>
        Placeholder().Replace(template, m => Uri.EscapeDataString(Raw(row, m.Groups[1].Value)));

    /// <summary>
    /// A link's template filled in, or null when a value it needs is missing from <paramref name="row"/>: a staff
    /// learner's row has no customer, and <c>/customers/</c> is no page.
    /// </summary>
    public static string? Link(string template, JsonElement row) =>
        Placeholder().Matches(template).All(m => Raw(row, m.Groups[1].Value).Length > 0) ? Fill(template, row) : null;

    /// <summary>A heading (<c>{complaint.subject}</c>) with the answer's fields filled in as they are.</summary>
    public static string Words(string template, JsonElement row) => Placeholder().Replace(template, m => Raw(row, m.Groups[1].Value));

    /// <summary>A template with <c>{id}</c> filled in.</summary>
    public static string FillId(string template, string id) => template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is <paramref name="template"/> filled in: an action calls only what it declares.</summary>
    public static bool Matches(string template, string path) =>
        Regex.IsMatch(path, "^" + string.Concat(Placeholder().Split(template).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "[^/?#]+")) + "$");

    /// <summary>
    /// A JSON name (<c>inProgress</c>, <c>least-loaded</c>) as words ("In progress", "Least loaded"), so it can be read and
    /// translated; other text as it is.
    /// </summary>
    public static string Spaced(string value) => EnumName().IsMatch(value)
        ? char.ToUpperInvariant(value[0]) + string.Concat(value.Skip(1).Select(c => c == '-' ? " " : char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()))
        : value;

    [GeneratedRegex(@"\{([\w.]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z]+(([A-Z][a-z]+)*|(-[a-z]+)+)$")]
    private static partial Regex EnumName();
}
