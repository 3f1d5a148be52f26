namespace PluginCrm.Host.Imports.Customers;

/// <summary>
/// Which CSV column feeds which customer field (<c>name=Full Name,email=E-mail</c>), and which fields identify
/// an existing customer (<c>email,phone</c>): the first match key with a value that finds a customer wins.
/// </summary>
public sealed record CustomerCsvMapping(IReadOnlyDictionary<string, string> Columns, IReadOnlyList<string> MatchKeys)
{
    public static readonly string[] Fields = ["name", "email", "phone", "externalId", "source", "region", "language", "stage", "tags", "birthday", "consent", "company", "owner", "team", "kind"];
    public static readonly string[] Keys = ["email", "phone", "externalId"];

    /// <summary>Parses <c>field=Column,...</c> and <c>key,key</c>; a field left out of the mapping reads a column of the same name.</summary>
    public static CustomerCsvMapping Parse(string? map, string? match)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (map ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            var field = Fields.FirstOrDefault(f => string.Equals(f, parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException($"--map: '{parts[0]}' is not a customer field; use {string.Join(", ", Fields)}");
            if (parts.Length != 2 || parts[1].Length == 0)
                throw new ImportFileException($"--map: write {field}=Column Name");
            columns[field] = parts[1];
        }
        var keys = (match ?? "email").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Keys.FirstOrDefault(f => string.Equals(f, k, StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException($"--match: '{k}' is not a match key; use {string.Join(", ", Keys)}"))
            .ToList();
        return new CustomerCsvMapping(columns, keys);
    }

    /// <summary>The column for <paramref name="field"/>: mapped, or a header of the same name, or none.</summary>
    public string? ColumnFor(string field, IReadOnlyList<string> header) =>
        Columns.TryGetValue(field, out var column) ? column : header.FirstOrDefault(h => string.Equals(h, field, StringComparison.OrdinalIgnoreCase));
}
