using System.Globalization;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>CDNOW and Online Retail purchases as customers and orders; totals checked against the files.</summary>
public sealed class PurchaseImportTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<decimal> OrderTotalAsync()
    {
        decimal total = 0;
        for (var page = 1; ; page++)
        {
            var orders = await host.Client.Get<ListPage<OrderRecord>>($"/api/orders?pageSize=500&page={page}");
            total += orders.Items.Sum(o => o.Total);
            if (page * 500 >= orders.Total)
                return total;
        }
    }

    [Fact]
    public async Task Cdnow_sample_lands_whole_and_a_second_run_changes_nothing()
    {
        var rows = File.ReadLines(SharedData.CdnowSample).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length == 5).ToList();

        var report = await Importing.CdnowAsync(host, SharedData.CdnowSample);

        Assert.Equal(rows.Select(r => r[0]).Distinct().Count(), report.Counts["customer"].Created);
        Assert.Equal(rows.Count, report.Counts["order"].Created);
        Assert.Equal(rows.Sum(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)), await OrderTotalAsync());

        var again = await Importing.CdnowAsync(host, SharedData.CdnowSample);
        Assert.Equal((0, 0, rows.Count), (again.Counts["order"].Created, again.Counts["order"].Updated, again.Counts["order"].Unchanged));
    }

    [Fact]
    public async Task Online_retail_invoices_become_orders_with_cancellations_and_skip_lines_without_a_customer()
    {
        var lines = File.ReadLines(SharedData.OnlineRetail).Skip(1).Select(l => l.Split(',')).ToList();
        // The description may hold commas; the last four fields are safe to read from the end.
        var withCustomer = lines.Where(f => f[^2].Length > 0).ToList();
        decimal Amount(string[] f) => decimal.Parse(f[^5], CultureInfo.InvariantCulture) * decimal.Parse(f[^3], CultureInfo.InvariantCulture);

        var report = await Importing.OnlineRetailAsync(host, SharedData.OnlineRetail);

        Assert.Empty(report.Errors);
        Assert.Equal(lines.Count - withCustomer.Count, report.Skipped);
        Assert.Equal(withCustomer.Select(f => f[^2]).Distinct().Count(), report.Counts["customer"].Created);
        Assert.Equal(withCustomer.Select(f => f[0]).Distinct().Count(), report.Counts["order"].Created);
        Assert.Equal(withCustomer.Sum(Amount), await OrderTotalAsync());
        var cancellation = withCustomer.First(f => f[0].StartsWith('C'))[0];
        var order = (await host.Client.Get<ListPage<OrderRecord>>($"/api/orders?number={cancellation}")).Items.Single();
        Assert.True(order.Total < 0);
        Assert.Equal("GBP", order.Currency);
    }
}
