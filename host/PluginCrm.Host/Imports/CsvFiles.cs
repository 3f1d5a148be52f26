using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PluginCrm.Host.Imports;

/// <summary>Opens CSV files with CsvHelper (quoting, CRLF, BOM) and checks the header names the columns an importer needs.</summary>
public static class CsvFiles
{
    public static CsvReader Open(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path))
            throw new ImportFileException($"{Path.GetFileName(path)}: no such file ({path})");
        var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader())
            throw new ImportFileException($"{Path.GetFileName(path)}: the file is empty");
        var missing = requiredColumns.Where(c => !csv.HeaderRecord!.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            csv.Dispose();
            throw new ImportFileException($"{Path.GetFileName(path)}: not the expected file, the header lacks {string.Join(", ", missing)} (found: {string.Join(",", csv.HeaderRecord!.Take(10))})");
        }
        return csv;
    }

    /// <summary>Counts data rows, for the progress bar.</summary>
    public static int CountRows(string path) => Math.Max(0, File.ReadLines(path).Count(l => l.Length > 0) - 1);

    public static string? Text(CsvReader csv, string column) => csv.GetField(column) is { Length: > 0 } value ? value : null;
}
