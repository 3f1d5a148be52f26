using System.Globalization;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.Tests.Support;

/// <summary>Reads the CDNOW files as the data README describes them.</summary>
public static class CdnowFiles
{
    /// <summary>The sample's purchases as orders, the customer being the sample id (1..2357), as in the summary files.</summary>
    public static List<Order> SampleOrders() => File.ReadLines(SharedData.CdnowSample)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(f => f.Length == 5)
        .Select(f => new Order(long.Parse(f[1], CultureInfo.InvariantCulture),
            DateTime.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            decimal.Parse(f[4], CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>The master file's 69,659 purchases as orders (header line skipped; CRLF line endings).</summary>
    public static List<Order> MasterOrders() => File.ReadLines(SharedData.CdnowMaster)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(f => f.Length == 4 && f[0] != "customer_id")
        .Select(f => new Order(long.Parse(f[0], CultureInfo.InvariantCulture),
            DateTime.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            decimal.Parse(f[3], CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>Sample id (as in the summary) by master id (as the CRM's ExternalId <c>cdnow-00004</c> keeps it).</summary>
    public static Dictionary<string, long> SampleIdByMasterId() => File.ReadLines(SharedData.CdnowSample)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(f => f.Length == 5)
        .DistinctBy(f => f[0])
        .ToDictionary(f => f[0], f => long.Parse(f[1], CultureInfo.InvariantCulture));

    public sealed record SummaryRow(long Id, int X, double Tx, double T, double Zbar);

    /// <summary><c>cdnow_customers_summary_with_transactions.csv</c>: ID,x,t_x,T,zbar.</summary>
    public static List<SummaryRow> SummaryWithSpend() => File.ReadLines(SharedData.CdnowSummaryWithSpend).Skip(1)
        .Select(l => l.Split(','))
        .Select(f => new SummaryRow(long.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
            double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary><c>cdnow_customers_summary.csv</c>: ID,frequency,recency,T.</summary>
    public static List<SummaryRow> Summary() => File.ReadLines(SharedData.CdnowSummary).Skip(1)
        .Select(l => l.Split(','))
        .Select(f => new SummaryRow(long.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
            double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), 0))
        .ToList();
}
