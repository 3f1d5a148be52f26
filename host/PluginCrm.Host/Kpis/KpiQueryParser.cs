using System.Globalization;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// Reads a <see cref="KpiQuery"/> from query-string style pairs, for the API and the command line alike, so both
/// refuse the same input with the same message; every bad field is named at once.
/// </summary>
public static class KpiQueryParser
{
    public static readonly IReadOnlyList<string> Parameters = ["from", "to", "by", "teamId", "ownerId"];

    public static KpiQuery Parse(IReadOnlyDictionary<string, string?> values)
    {
        var errors = new FieldErrors();
        foreach (var name in values.Keys.Where(k => !Parameters.Contains(k)))
            errors.Add(name, $"is not a parameter of the KPIs; use one of: {string.Join(", ", Parameters)}");
        var query = new KpiQuery(
            Date(values, "from", errors),
            Date(values, "to", errors),
            Bucket(values, errors),
            Id(values, "teamId", errors),
            Id(values, "ownerId", errors));
        if (query is { From: { } from, To: { } to } && to <= from)
            errors.Add("to", $"must be after from ({from:yyyy-MM-dd}); the period includes from and excludes to");
        errors.ThrowIfAny();
        return query;
    }

    private static string? Value(IReadOnlyDictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, string?> values, string name, FieldErrors errors)
    {
        if (Value(values, name) is not { } text)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(name, $"'{text}' is not a date such as 2026-01-31");
        return null;
    }

    private static KpiBucket? Bucket(IReadOnlyDictionary<string, string?> values, FieldErrors errors)
    {
        if (Value(values, "by") is not { } text)
            return null;
        // Enum.TryParse would also take "1" or "month,day"; only the three names are meant.
        if (Enum.GetNames<KpiBucket>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name)
            return Enum.Parse<KpiBucket>(name);
        errors.Add("by", $"'{text}' is not one of: month, week, day");
        return null;
    }

    private static long? Id(IReadOnlyDictionary<string, string?> values, string name, FieldErrors errors)
    {
        if (Value(values, name) is not { } text)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        errors.Add(name, $"'{text}' is not an id");
        return null;
    }
}
