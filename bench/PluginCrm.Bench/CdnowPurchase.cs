using System.Globalization;

namespace PluginCrm.Bench;

/// <summary>One line of the CDNOW master file, parsed here rather than by the importer so the baseline owes it nothing.</summary>
public sealed record CdnowPurchase(string Customer, DateOnly Date, int Cds, decimal Dollars)
{
    // The master file: a header, then "customer_id date number_of_cds dollar_value" in runs of spaces, CRLF.
    public static List<CdnowPurchase> ReadMaster(string path)
    {
        var rows = new List<CdnowPurchase>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (f.Length == 0)
                continue;
            if (f.Length != 4)
                throw new BenchException($"{path}: line '{line}' has {f.Length} fields, not 4; is this the master file?");
            rows.Add(new CdnowPurchase(f[0], DateOnly.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture), decimal.Parse(f[3], CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
