using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>A rep's KPIs count its own deals and customers, a manager's its team's, as the record API shows them.</summary>
[Collection(KpiCollection.Name)]
public sealed class KpiVisibilityTests(KpiData data)
{
    private const string Q1 = "from=2026-01-01&to=2026-04-01";

    [Fact]
    public async Task A_rep_counts_only_its_own_deals_and_its_customers_orders()
    {
        var sales = await data.AliceClient.Get<KpiReport<SalesFigures>>($"/api/kpis/sales?{Q1}");
        // alice alone: won 1000 + 2500.50 + 199.9999, lost 1.
        Assert.Equal(new SalesFigures(3, 1, 3m / 4, 3700.4999m), sales.Total);
        Assert.Equal([data.Alice], sales.ByRep.Select(r => r.OwnerId));
        Assert.Equal([data.East], sales.ByTeam.Select(t => t.TeamId));

        // Asking for a colleague's figures gives none, as a filtered list would.
        var bobs = await data.AliceClient.Get<KpiReport<SalesFigures>>($"/api/kpis/sales?{Q1}&ownerId={data.Bob}");
        Assert.Equal(new SalesFigures(0, 0, null, 0m), bobs.Total);

        // alice's funnel: F1 F3 F4 F6 F8.
        Assert.Equal(5, (await data.AliceClient.Get<KpiReport<FunnelFigures>>($"/api/kpis/funnel?{Q1}")).Total.Deals);
        // alice's customers c1 and c2: 80 + 120.50 + 99.9999 − 33.3333.
        Assert.Equal(267.1666m, (await data.AliceClient.Get<KpiReport<OrderFigures>>($"/api/kpis/orders?{Q1}")).Total.Revenue);
    }

    [Fact]
    public async Task A_manager_counts_its_team()
    {
        var sales = await data.EastManager.Get<KpiReport<SalesFigures>>($"/api/kpis/sales?{Q1}");

        // alice and bob: won 3 + 1, lost 1 + 2, revenue 3700.4999 + 300; carol (West) is out of sight.
        Assert.Equal(new SalesFigures(4, 3, 4m / 7, 4000.4999m), sales.Total);
        Assert.Equal([data.Alice, data.Bob], sales.ByRep.Select(r => r.OwnerId));
    }
}
