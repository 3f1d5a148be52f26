using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Imports;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>
/// The SDK's bulk purchase read (<see cref="ICrmPurchases"/>) on the CDNOW sample, in pages of 50 so that the sample's
/// 6,919 orders take 139 queries and customers' same-day orders fall across page ends.
/// </summary>
public sealed class PluginPurchasesTests(PluginPurchasesTests.SampleHost sample) : IClassFixture<PluginPurchasesTests.SampleHost>
{
    public sealed class SampleHost : IAsyncLifetime
    {
        public CrmTestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            // Its orders run into March 2026; the clock stands after them, since an order in the future is refused.
            Host = await CrmTestHost.StartAsync(o => (o.Settings["Records:PurchasePageSize"], o.Clock) = ("50", new ManualClock(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero))));
            await Importing.CdnowAsync(Host, SharedData.CdnowSample);
        }

        public Task DisposeAsync() => Host.DisposeAsync().AsTask();
    }

    private CrmTestHost Host => sample.Host;

    // The sample's purchases are dated 1997-01-01 to 1998-06-30; the tests' own are later.
    private static readonly Dictionary<string, string> SampleYears = new() { ["to"] = "1998-07-01" };

    private async Task<List<Purchase>> ReadAsync(IReadOnlyDictionary<string, string>? filters, ActingUser? user = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var purchases = scope.ServiceProvider.GetRequiredService<ICrmPurchases>();
        var read = new List<Purchase>();
        await foreach (var purchase in user is null ? purchases.ReadAsync(filters, CancellationToken.None) : purchases.ReadAsync(filters, user, CancellationToken.None))
            read.Add(purchase);
        return read;
    }

    [Fact]
    public async Task Every_order_comes_once_by_customer_then_time_across_pages_with_ties_at_their_ends()
    {
        // Each customer's orders by day, same-day ones in file order (the import's, so their ids'); the customers' own ids
        // come from the import, so each customer's list is compared, not which customer it is.
        var rows = File.ReadLines(SharedData.CdnowSample).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length == 5)
            .Select((f, line) => (Customer: f[0], Day: DateTime.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture), Total: decimal.Parse(f[4], CultureInfo.InvariantCulture), line))
            .ToList();
        var expected = rows.GroupBy(r => r.Customer).Select(c => Listed(c.OrderBy(r => r.Day).ThenBy(r => r.line).Select(r => (r.Day, r.Total)))).Order().ToList();

        var read = await ReadAsync(SampleYears);

        Assert.Equal(read.OrderBy(p => p.CustomerId).ThenBy(p => p.OrderedUtc).ThenBy(p => p.OrderId), read);
        Assert.Equal(read.Count, read.Select(p => p.OrderId).Distinct().Count());
        Assert.Equal(expected, read.GroupBy(p => p.CustomerId).Select(c => Listed(c.Select(p => (p.OrderedUtc, p.Total)))).Order().ToList());
        var pageEnds = Enumerable.Range(1, read.Count / 50).Select(page => (read[page * 50 - 1], read[page * 50]));
        Assert.Contains(pageEnds, end => (end.Item1.CustomerId, end.Item1.OrderedUtc) == (end.Item2.CustomerId, end.Item2.OrderedUtc));
        Assert.All(read, p => Assert.Equal(DateTimeKind.Utc, p.OrderedUtc.Kind));
    }

    [Fact]
    public async Task Filters_narrow_the_read_as_on_the_orders_endpoint_and_a_bad_one_is_named()
    {
        var march = await ReadAsync(new Dictionary<string, string> { ["from"] = "1997-03-01", ["to"] = "1997-04-01" });
        var first = (await ReadAsync(SampleYears))[0].CustomerId;
        var one = await ReadAsync(new Dictionary<string, string> { ["customerId"] = first.ToString(CultureInfo.InvariantCulture) });

        var inMarch = File.ReadLines(SharedData.CdnowSample).Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, var day, _, _] && day.StartsWith("199703", StringComparison.Ordinal));
        Assert.Equal(inMarch, march.Count);
        Assert.All(march, p => Assert.Equal((1997, 3), (p.OrderedUtc.Year, p.OrderedUtc.Month)));
        Assert.NotEmpty(one);
        Assert.All(one, p => Assert.Equal(first, p.CustomerId));
        var bad = await Assert.ThrowsAsync<RecordValidationException>(() => ReadAsync(new Dictionary<string, string> { ["since"] = "1997-01-01" }));
        Assert.Contains("since", bad.Errors.Keys);
        bad = await Assert.ThrowsAsync<RecordValidationException>(() => ReadAsync(new Dictionary<string, string> { ["from"] = "March" }));
        Assert.Contains("from", bad.Errors.Keys);
    }

    [Fact]
    public async Task A_rep_reads_the_purchases_of_its_own_customers_and_no_deleted_order()
    {
        var (rep, repClient) = await Host.ActAsAsync(CrmRole.Rep);
        var mine = await (await repClient.Post("/api/customers", new { name = "Zhou Min", kind = "person" })).As<Created>();
        var kept = await (await repClient.Post("/api/orders", OrderBodies.Of(mine.Id, "2026-03-02T09:30:00Z", 120.50m))).As<Created>();
        var deleted = await (await repClient.Post("/api/orders", OrderBodies.Of(mine.Id, "2026-03-05T09:30:00Z", 80m))).As<Created>();
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await repClient.DeleteAsync($"/api/orders/{deleted.Id}")).StatusCode);
        var actingRep = new ActingUser(rep.Id, rep.Email, CrmRole.Rep, rep.TeamId);

        var asRep = await ReadAsync(null, actingRep);
        var asSystem = await ReadAsync(new Dictionary<string, string> { ["from"] = "2026-01-01" });

        Assert.Equal([new Purchase(kept.Id, mine.Id, new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), 120.50m)], asRep);
        Assert.Contains(asSystem, p => p.OrderId == kept.Id);
        Assert.DoesNotContain(asSystem, p => p.OrderId == deleted.Id);
        Assert.Equal(6_919 + 1, (await ReadAsync(null)).Count); // the system reads the sample's too
    }

    private static string Listed(IEnumerable<(DateTime Day, decimal Total)> orders) =>
        string.Join(" ", orders.Select(o => $"{o.Day:yyyy-MM-dd}:{o.Total.ToString("0.####", CultureInfo.InvariantCulture)}"));

    private sealed record Created(long Id);
}
