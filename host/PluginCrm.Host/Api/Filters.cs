namespace PluginCrm.Host.Api;

/// <summary>Parses filter values from the query string; a bad value becomes a 400 naming the parameter.</summary>
public static class Filters
{
    public static long Id(string value) =>
        long.TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not an id");

    public static T Enum<T>(string value) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"'{value}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}");

    public static DateTime Date(string value) =>
        DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new FormatException($"'{value}' is not a date such as 2026-01-31");

    public static bool Bool(string value) =>
        bool.TryParse(value, out var flag) ? flag : throw new FormatException($"'{value}' is not true or false");

    /// <summary>A record named <c>type:id</c>, as it is stored (<c>customer:42</c>).</summary>
    public static string Record(string value) =>
        Sdk.Access.RecordRef.TryParse(value.Trim(), out var record) ? record.ToString() : throw new FormatException($"'{value}' does not name a record as type:id, such as customer:42");
}
