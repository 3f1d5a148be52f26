using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// Acquisition cost of Q1 2026 from the spend and orders of <see cref="KpiData"/>. New customers (first purchase ever
/// in the period): c2 (alice, East, January), c3 (bob, East, February), c4 (carol, West, March).
/// Spend in Q1: marketing S1 9000 + S3 17 of its 31 days, 1700 + S6 500 = 11200; sales S2 2800 + S5 1000 = 3800; S4 is
/// before the period.
/// </summary>
[Collection(KpiCollection.Name)]
public sealed class AcquisitionKpiTests(KpiData data)
{
    private const string Q1 = "from=2026-01-01&to=2026-04-01";

    [Fact]
    public async Task Cost_per_new_customer_divides_the_periods_spend_by_its_new_customers()
    {
        var report = await data.Admin.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}");

        // 11200 + 3800 = 15000 over c2, c3, c4.
        Assert.Equal(new AcquisitionFigures(3, 11200m, 3800m, 15000m, 5000m), report.Total);
        var orders = await data.Admin.Get<KpiReport<OrderFigures>>($"/api/kpis/orders?{Q1}");
        Assert.Equal(orders.Total.NewCustomers, report.Total.NewCustomers);
    }

    [Fact]
    public async Task A_team_carries_its_own_spend_and_a_share_of_the_company_wide_spend_by_its_share_of_new_customers()
    {
        var report = await data.Admin.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}");

        // Company-wide: marketing S1 9000, sales S5 1000; new customers East 2 (c2, c3), West 1 (c4), North 0, of 3.
        // East: own sales S2 2800 (S4 is before Q1) + 2/3 of the company-wide spend.
        var eastMarketing = 9000m * 2 / 3;
        var eastSales = 2800m + 1000m * 2 / 3;
        Assert.Equal(new AcquisitionFigures(2, eastMarketing, eastSales, eastMarketing + eastSales, (eastMarketing + eastSales) / 2), Team(report, data.East));
        // West: own marketing S3 3100 × 17 / 31 = 1700 + 1/3 of the company-wide spend.
        var westMarketing = 1700m + 9000m * 1 / 3;
        var westSales = 1000m * 1 / 3;
        Assert.Equal(new AcquisitionFigures(1, westMarketing, westSales, westMarketing + westSales, westMarketing + westSales), Team(report, data.West));
        // North won nobody: its own spend, no share, no cost per customer; it has a row because it spent.
        Assert.Equal(new AcquisitionFigures(0, 500m, 0m, 500m, null), Team(report, data.North));
        Assert.Equal([data.East, data.West, data.North], report.ByTeam.Select(t => t.TeamId!.Value));
    }

    [Fact]
    public async Task Spend_is_not_defined_per_rep()
    {
        var report = await data.Admin.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}");

        Assert.Equal(new AcquisitionFigures(1, null, null, null, null), report.ByRep.Single(r => r.OwnerId == data.Alice).Figures);
        Assert.Equal([1, 1, 1], report.ByRep.Select(r => r.Figures.NewCustomers));
        var narrowed = await data.Admin.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}&ownerId={data.Bob}");
        Assert.Equal(new AcquisitionFigures(1, null, null, null, null), narrowed.Total);
        Assert.Equal(new AcquisitionFigures(1, null, null, null, null), narrowed.ByTeam.Single().Figures);
    }

    [Fact]
    public async Task A_monthly_series_allocates_spend_to_each_month_by_its_days()
    {
        var report = await data.Admin.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}&by=month");

        Assert.Equal(
            [
                // January: S1 9000 × 31 / 90 = 3100; S5 1000; c2.
                new AcquisitionFigures(1, 3100m, 1000m, 4100m, 4100m),
                // February: S1 × 28 / 90 = 2800 + S6 500; S2 2800; c3.
                new AcquisitionFigures(1, 3300m, 2800m, 6100m, 6100m),
                // March: S1 × 31 / 90 = 3100 + S3 × 17 / 31 = 1700; c4.
                new AcquisitionFigures(1, 4800m, 0m, 4800m, 4800m),
            ],
            report.Series.Select(p => p.Figures));
    }

    [Fact]
    public async Task A_manager_reads_its_teams_cost_and_a_rep_its_new_customers_without_spend()
    {
        var manager = await data.EastManager.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}");
        var eastSpend = 9000m * 2 / 3 + (2800m + 1000m * 2 / 3);
        Assert.Equal(2, manager.Total.NewCustomers);
        Assert.Equal(eastSpend, manager.Total.Spend);
        Assert.Equal(eastSpend / 2, manager.Total.CostPerNewCustomer);
        Assert.Equal([data.East], manager.ByTeam.Select(t => t.TeamId));
        // Asking for another team shows none of its spend.
        var west = await data.EastManager.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}&teamId={data.West}");
        Assert.Equal(new AcquisitionFigures(0, null, null, null, null), west.Total);
        Assert.Empty(west.ByTeam);

        var alice = await data.AliceClient.Get<KpiReport<AcquisitionFigures>>($"/api/kpis/acquisition?{Q1}");
        Assert.Equal(new AcquisitionFigures(1, null, null, null, null), alice.Total);
        Assert.Equal(new AcquisitionFigures(1, null, null, null, null), alice.ByTeam.Single().Figures);
    }

    [Fact]
    public async Task Plugins_read_the_same_figures_and_the_new_customers_through_the_sdk()
    {
        await using var scope = data.Host.Services.CreateAsyncScope();
        var kpis = scope.ServiceProvider.GetRequiredService<ICrmKpis>();

        var all = await kpis.AcquisitionAsync(ActingUser.System, new(2026, 1, 1), new(2026, 4, 1), null, CancellationToken.None);
        Assert.Equal(15000m, all.Spend);
        Assert.Equal(5000m, all.CostPerNewCustomer);
        Assert.Equal(new[] { "c2", "c3", "c4" }.Select(c => data.Customers[c]).Order(), all.NewCustomerIds);
        var west = await kpis.AcquisitionAsync(ActingUser.System, new(2026, 1, 1), new(2026, 4, 1), data.West, CancellationToken.None);
        Assert.Equal(1700m + 9000m * 1 / 3 + 1000m * 1 / 3, west.Spend);
        Assert.Equal([data.Customers["c4"]], west.NewCustomerIds);
        var alice = new ActingUser(data.Alice, "alice@example.com", CrmRole.Rep, data.East);
        var alices = await kpis.AcquisitionAsync(alice, new(2026, 1, 1), new(2026, 4, 1), null, CancellationToken.None);
        Assert.Null(alices.Spend);
        Assert.Null(alices.CostPerNewCustomer);
        Assert.Equal([data.Customers["c2"]], alices.NewCustomerIds);
        var refused = await Assert.ThrowsAsync<RecordValidationException>(() => kpis.AcquisitionAsync(ActingUser.System, new(2026, 4, 1), new(2026, 1, 1), null, CancellationToken.None));
        Assert.Equal(["to"], refused.Errors.Keys);
    }

    private static AcquisitionFigures Team(KpiReport<AcquisitionFigures> report, long team) => report.ByTeam.Single(t => t.TeamId == team).Figures;
}
