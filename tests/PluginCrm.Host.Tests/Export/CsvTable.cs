using CsvHelper;

namespace PluginCrm.Host.Tests.Export;

/// <summary>An exported file read back with CsvHelper, as a spreadsheet's importer would: the header and each row by column.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Parse(byte[] bytes)
    {
        // The separator is given, not detected: a tags cell full of ';' must not make the reader guess ';'.
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { Delimiter = ",", IgnoreBlankLines = false });
        csv.Read();
        csv.ReadHeader();
        var headers = csv.HeaderRecord!.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(headers.Count, csv.Parser.Count);
            rows.Add(headers.Select((header, i) => (header, value: csv.GetField(i)!)).ToDictionary(c => c.header, c => c.value));
        }
        return new CsvTable(headers, rows);
    }

    public IReadOnlyDictionary<string, string> Row(string column, string value) => Rows.Single(r => r[column] == value);

    public IEnumerable<string> Column(string column) => Rows.Select(r => r[column]);
}
