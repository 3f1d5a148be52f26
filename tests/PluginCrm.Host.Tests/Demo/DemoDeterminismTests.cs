using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>
/// The same seed and clock give the same company (here the host's part: the plugins' contributions come after and
/// change owners and stages of their own accord); another seed gives another.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class DemoDeterminismTests(DemoHost withPlugins, SameSeedHost without, OtherSeedWithoutFeedbackHost other)
{
    private static async Task<List<string>> CustomersAsync(CrmTestHost host)
    {
        var all = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = await host.Client.Get<ListPage<CustomerRecord>>($"/api/customers?pageSize=500&page={page}&includeDeleted=true");
            all.AddRange(items.Items.Select(c => $"{c.Id} {c.ExternalId} {c.Name} {c.Phone} {c.Email} {c.Birthday} {c.CompanyId} {c.Kind} {c.CreatedUtc:O} {c.ConsentToContact}"));
            if (all.Count >= items.Total)
                return all;
        }
    }

    [Fact]
    public async Task The_same_seed_and_clock_give_the_same_customers_and_orders()
    {
        Assert.Equal(await CustomersAsync(withPlugins.Host), await CustomersAsync(without.Host));
        var a = await withPlugins.Host.Client.Get<KpiReport<OrderFigures>>("/api/kpis/orders");
        var b = await without.Host.Client.Get<KpiReport<OrderFigures>>("/api/kpis/orders");
        Assert.Equal((a.Total.Revenue, a.Total.Orders, a.Total.Customers), (b.Total.Revenue, b.Total.Orders, b.Total.Customers));
    }

    [Fact]
    public async Task Another_seed_gives_another_company()
    {
        var others = await CustomersAsync(other.Host);
        var same = await CustomersAsync(without.Host);
        Assert.Equal(same.Count, others.Count);
        Assert.True(others.Zip(same).Count(p => p.First != p.Second) > same.Count * 0.9);
    }
}
