using System.Globalization;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// A form's entries as the JSON object its endpoint reads: numbers as numbers, a check box as true or false, check boxes
/// of a list and lines of a text list as arrays of strings, a time
/// entered in UTC with its <c>Z</c>, an empty field as null. What cannot be a number is a field error before any call.
/// </summary>
public static class FormBody
{
    public static (Dictionary<string, object?> Body, Dictionary<string, string> Errors) From(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> entered)
    {
        var body = new Dictionary<string, object?>();
        var errors = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            var text = entered.TryGetValue(field.Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            body[field.Name] = field.Kind switch
            {
                FieldKind.Flag => text == "true",
                _ when text is null => null,
                FieldKind.ChoiceList or FieldKind.TextList => Lines(text),
                FieldKind.NumberList => Numbers(field, text),
                FieldKind.Number or FieldKind.Hidden when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => whole,
                FieldKind.Number or FieldKind.Money when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
                FieldKind.Number or FieldKind.Money => Wrong(field, "must be a number"),
                // datetime-local sends 2026-01-05T09:00: the form says it is UTC, so it goes with its Z.
                FieldKind.DateTime when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                FieldKind.DateTime => Wrong(field, "must be a date and time"),
                _ => text,
            };
        }
        return (body, errors);

        static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        object? Numbers(FormField field, string text)
        {
            var parts = text.Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var numbers = parts.Select(p => long.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null).ToList();
            return numbers.All(n => n is not null) ? numbers.Select(n => n!.Value).ToList() : Wrong(field, "must be whole numbers separated by commas");
        }

        object? Wrong(FormField field, string reason)
        {
            errors[field.Name] = reason;
            return null;
        }
    }
}
