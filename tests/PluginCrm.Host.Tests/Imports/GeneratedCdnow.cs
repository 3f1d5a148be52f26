using System.Globalization;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>
/// A CDNOW master file made up for a test, laid out as the real one: a header, then customers in id order, each with one
/// to <c>most</c> purchases (five by default) on days that never go back (now and then two on one day). Row n of the file
/// is purchase n - 1.
/// </summary>
public static class GeneratedCdnow
{
    /// <summary>Writes <paramref name="purchases"/> purchases to <paramref name="path"/>; <paramref name="edit"/> may replace a row's line.</summary>
    public static string Write(string path, int purchases, Func<int, string, string>? edit = null, int most = 5, int seed = 1997)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path);
        writer.Write("customer_id date number_of_cds dollar_value\r\n");
        var (customer, left, day) = (0, 0, DateOnly.MinValue);
        for (var row = 2; row <= purchases + 1; row++)
        {
            if (left-- == 0)
                (customer, left, day) = (customer + 1, random.Next(most), new DateOnly(1997, 1, 1).AddDays(random.Next(90)));
            else if (random.Next(5) > 0)
                day = day.AddDays(random.Next(1, 30));
            var cds = random.Next(1, 6);
            var line = string.Create(CultureInfo.InvariantCulture, $"{customer,5} {day:yyyyMMdd} {cds,3} {cds * 11.49m + random.Next(100) / 100m,7:0.00}");
            writer.Write((edit?.Invoke(row, line) ?? line) + "\r\n");
        }
        return path;
    }

    /// <summary>The line with its dollar value replaced.</summary>
    public static string WithDollars(string line, decimal dollars) =>
        string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1].Append(dollars.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>The customers and purchases of a file, counted from its text.</summary>
    public static (int Customers, int Purchases) Count(string path)
    {
        var rows = Rows(path).ToList();
        return (rows.Select(r => r[0]).Distinct().Count(), rows.Count);
    }

    /// <summary>The customers of a file that bought on two days or more: repeat customers.</summary>
    public static long RepeatCustomers(string path) => Rows(path).GroupBy(r => r[0]).LongCount(g => g.Select(r => r[1]).Distinct().Count() >= 2);

    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
