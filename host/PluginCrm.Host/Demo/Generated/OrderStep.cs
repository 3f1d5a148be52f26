using PluginCrm.Host.Records;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// The product list and two years of orders, up to yesterday, as each customer's plan says: a few big accounts buying
/// often and much, many one-time buyers, regulars, and regulars gone silent months ago (so churn and at-risk mean
/// something). Numbered <c>SO-yyyyMMdd-nnnnn</c> in the order they were placed; prices in CNY, decimals throughout.
/// </summary>
public static class OrderStep
{
    public static async Task<string> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        await ProductsAsync(company, writer, ct);

        var placed = company.Customers.Zip(company.Buyers)
            .SelectMany(pair => pair.Second.Orders.Select(at => (Customer: pair.First, Big: pair.Second.Kind == BuyerKind.BigAccount, At: at)))
            .OrderBy(o => o.At).ThenBy(o => o.Customer.Id).ToList();
        var orders = placed.Select((o, n) => (new OrderRecord(0, $"SO-{o.At:yyyyMMdd}-{n + 1:00000}", o.Customer.Id, o.At, 0m, "CNY", Lines(company, o.Big), default, default, 0), o.At));
        var written = await writer.CreateAsync(CoreRecords.Orders, orders, ct);
        return $"{company.Products.Count} products, {written.Count:N0} orders over two years worth ¥{written.Sum(o => o.Total):N2}";
    }

    /// <summary>The product list, written before the first order.</summary>
    public static async Task ProductsAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        var created = company.TodayUtc.AddDays(-CustomerStep.HistoryDays - 30);
        company.Products.AddRange(await writer.CreateAsync(CoreRecords.Products,
            DemoNames.Products.Select(p => (new ProductRecord(0, p.Code, p.Name, p.Series, p.Price, default, default, 0), created)), ct));
    }

    /// <summary>One to three lines of the product list; a big account buys by the case.</summary>
    internal static List<OrderLineRecord> Lines(DemoCompany company, bool big)
    {
        var r = company.Random;
        var count = r.Next(1, 4);
        return company.Products.OrderBy(_ => r.Next()).Take(count).Select(p =>
        {
            var quantity = big ? r.Next(5, 41) : r.Next(1, 5);
            var price = r.Next(100) < 15 ? decimal.Round(p.Price!.Value * 0.9m, 2) : p.Price!.Value; // one line in seven at 10% off
            return new OrderLineRecord(p.Id, p.Name, quantity, price);
        }).ToList();
    }
}
