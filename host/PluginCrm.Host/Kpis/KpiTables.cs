using System.Globalization;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Kpis.Sales;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.Host.Kpis;

/// <summary>
/// Prints KPI reports for a terminal: one row for everything, then per team and per rep, then the series. Rates are
/// rounded to a tenth of a percent here, for reading; <c>--json</c> gives them exact.
/// </summary>
public static class KpiTables
{
    public static void Funnel(KpiReport<FunnelFigures> report)
    {
        Period(report);
        TextTable.Print(Console.Out, ["STAGE", "NOW", "REACHED", "TO NEXT"], report.Total.Stages.Select(s =>
            new[] { Name(s.Stage), Count(s.Current), Count(s.Reached), Rate(s.Conversion) }));
        Console.WriteLine();
        Console.WriteLine("deals that reached each stage:");
        Rows(report, ["DEALS", .. report.Total.Stages.Select(s => Name(s.Stage).ToUpperInvariant())],
            f => [Count(f.Deals), .. f.Stages.Select(s => Count(s.Reached))]);
    }

    public static void Sales(KpiReport<SalesFigures> report)
    {
        Period(report);
        Rows(report, ["WON", "LOST", "WIN RATE", "REVENUE"], f => [Count(f.Won), Count(f.Lost), Rate(f.WinRate), Money(f.Revenue)]);
    }

    public static void Orders(KpiReport<OrderFigures> report)
    {
        Period(report);
        Rows(report, ["REVENUE", "ORDERS", "CANCELLED", "AVG ORDER", "BUYERS", "REPEAT RATE", "NEW"], f =>
            [Money(f.Revenue), Count(f.Orders), Count(f.Cancellations), Money(f.AverageOrderValue),
             Count(f.Customers), Rate(f.RepeatPurchaseRate), Count(f.NewCustomers)]);
    }

    public static void Retention(KpiReport<RetentionFigures> report)
    {
        Period(report);
        Rows(report, ["AT START", "LOST", "CHURN", "RETENTION"], f => [Count(f.CustomersAtStart), Count(f.Lost), Rate(f.ChurnRate), Rate(f.RetentionRate)]);
    }

    public static void Conversion(KpiReport<ConversionFigures> report)
    {
        Period(report);
        Rows(report, ["LEADS", "CONVERTED", "CONVERSION"], f => [Count(f.Leads), Count(f.Converted), Rate(f.ConversionRate)]);
    }

    public static void Acquisition(KpiReport<AcquisitionFigures> report)
    {
        Period(report);
        Rows(report, ["NEW", "MARKETING", "SALES", "SPEND", "COST PER NEW"], f =>
            [Count(f.NewCustomers), Money(f.MarketingSpend), Money(f.SalesSpend), Money(f.Spend), Money(f.CostPerNewCustomer)]);
    }

    private static void Period<T>(KpiReport<T> report) => Console.WriteLine((report.From, report.To) switch
    {
        (null, null) => "period: all time",
        ({ } first, null) => $"period: from {Day(first)}, open-ended",
        (null, { } last) => $"period: until {Day(last)} (excluded)",
        ({ } first, { } last) => $"period: {Day(first)} until {Day(last)} (excluded)",
    });

    private static void Rows<T>(KpiReport<T> report, string[] headers, Func<T, string[]> cells)
    {
        List<string[]> rows = [["all", "", "", .. cells(report.Total)]];
        rows.AddRange(report.ByTeam.Select(t => (string[])["team", Id(t.TeamId), t.Name ?? "(no team)", .. cells(t.Figures)]));
        rows.AddRange(report.ByRep.Select(r => (string[])["rep", Id(r.OwnerId), r.Name ?? "(no owner)", .. cells(r.Figures)]));
        TextTable.Print(Console.Out, ["SCOPE", "ID", "NAME", .. headers], rows);
        if (report.Series.Count == 0)
            return;
        Console.WriteLine();
        TextTable.Print(Console.Out, ["FROM", "TO", .. headers], report.Series.Select(p => (string[])[Day(p.From), Day(p.To), .. cells(p.Figures)]));
    }

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal? amount) => amount?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "-";

    private static string Rate(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
