using System.Globalization;

namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// Placeholders (<c>{0}</c>, <c>{1}</c>, ...) for a multi-row <c>VALUES</c> list, the values going as parameters: one
/// INSERT for many rows, where EF on SQLite writes one statement a row.
/// </summary>
public static class SqlRows
{
    public static string Values(int rows, int columns, int first = 0) => string.Join(", ", Enumerable.Range(0, rows).Select(row =>
        "(" + string.Join(", ", Enumerable.Range(0, columns).Select(column => string.Create(CultureInfo.InvariantCulture, $"{{{first + row * columns + column}}}"))) + ")"));
}
