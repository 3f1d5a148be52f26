using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>The orders placed in Q1 2026 (see <see cref="KpiData"/>), per the customer's owner and team.</summary>
[Collection(KpiCollection.Name)]
public sealed class OrderKpiTests(KpiData data)
{
    private const string Q1 = "from=2026-01-01&to=2026-04-01";

    [Fact]
    public async Task Cancellations_reduce_revenue_and_the_average_divides_by_purchases()
    {
        var report = await data.Admin.Get<KpiReport<OrderFigures>>($"/api/kpis/orders?{Q1}");

        // Revenue: 80 + 120.50 (c1) + 99.9999 − 33.3333 (c2) + 500 + 250 + 50 (c3) + 1000 (c4, 23:59:59 on the last day)
        //          − 70 (c5 cancels an order of 2025) = 1997.1666; c1's 50 (2025) and c4's 10 (04-01) are outside.
        // Purchases: c1 2, c2 1, c3 3, c4 1 = 7; cancellations 2; average 1997.1666 / 7.
        // Buyers c1 c2 c3 c4 = 4, with 2 or more purchases c1 c3 = 2 → repeat rate 2/4.
        // New: c2, c3, c4 bought first in the period; c1 bought in 2025; c5 bought nothing in the period.
        Assert.Equal(new OrderFigures(1997.1666m, 7, 2, 1997.1666m / 7, 4, 2, 0.5m, 3), report.Total);
    }

    [Fact]
    public async Task Repeat_rate_and_new_customers_per_rep_team_and_month()
    {
        var report = await data.Admin.Get<KpiReport<OrderFigures>>($"/api/kpis/orders?{Q1}&by=month");

        // alice (c1, c2): 80 + 120.50 + 99.9999 − 33.3333 = 267.1666 over 3 purchases; c1 repeats; c2 is new.
        Assert.Equal(new OrderFigures(267.1666m, 3, 1, 267.1666m / 3, 2, 1, 0.5m, 1), Rep(report, data.Alice));
        // bob (c3, c5): 500 + 250 + 50 − 70 = 730 over 3 purchases; c3 repeats and is new; c5 only cancelled.
        Assert.Equal(new OrderFigures(730m, 3, 1, 730m / 3, 1, 1, 1m, 1), Rep(report, data.Bob));
        // carol (c4): one purchase of 1000, no repeat, new.
        Assert.Equal(new OrderFigures(1000m, 1, 0, 1000m, 1, 0, 0m, 1), Rep(report, data.Carol));
        // East = alice + bob: 997.1666 over 6 purchases; buyers c1 c2 c3, repeating c1 c3.
        Assert.Equal(new OrderFigures(997.1666m, 6, 2, 997.1666m / 6, 3, 2, 2m / 3, 2), report.ByTeam.Single(t => t.TeamId == data.East).Figures);
        Assert.Equal(
            [
                // January: 80 (c1) + 99.9999 − 33.3333 (c2) = 146.6666; c2 is new, c1 is not.
                new OrderFigures(146.6666m, 2, 1, 146.6666m / 2, 2, 0, 0m, 1),
                // February: 120.50 (c1) + 500 (c3) − 70 (c5) = 550.50; c3 is new.
                new OrderFigures(550.50m, 2, 1, 550.50m / 2, 2, 0, 0m, 1),
                // March: 250 + 50 (c3, who repeats within the month) + 1000 (c4, new) = 1300.
                new OrderFigures(1300m, 3, 0, 1300m / 3, 2, 1, 0.5m, 1),
            ],
            report.Series.Select(p => p.Figures));
    }

    [Fact]
    public async Task A_series_with_an_open_start_runs_from_the_month_of_the_first_order()
    {
        var report = await data.Admin.Get<KpiReport<OrderFigures>>("/api/kpis/orders?to=2026-02-01&by=month");

        // With no start, every buyer's first purchase is in the period: c5 in November, c1 in December, c2 in January.
        Assert.Equal(
            [
                (new DateOnly(2025, 11, 1), new OrderFigures(70m, 1, 0, 70m, 1, 0, 0m, 1)),
                (new DateOnly(2025, 12, 1), new OrderFigures(50m, 1, 0, 50m, 1, 0, 0m, 1)),
                // 80 (c1) + 99.9999 − 33.3333 (c2).
                (new DateOnly(2026, 1, 1), new OrderFigures(146.6666m, 2, 1, 146.6666m / 2, 2, 0, 0m, 1)),
            ],
            report.Series.Select(p => (p.From, p.Figures)));
        // c1 bought in December and January: a repeat customer of the period, though of no single month.
        Assert.Equal(new OrderFigures(266.6666m, 4, 1, 266.6666m / 4, 3, 1, 1m / 3, 3), report.Total);
    }

    [Theory]
    [InlineData("week", 14)] // tallied in one query, each order numbered with its week
    [InlineData("day", 90)] // more buckets than one query's CASE takes: tallied day by day
    public async Task A_series_of_weeks_or_days_adds_up_to_the_period(string by, int buckets)
    {
        var report = await data.Admin.Get<KpiReport<OrderFigures>>($"/api/kpis/orders?{Q1}&by={by}");

        Assert.Equal(buckets, report.Series.Count);
        Assert.Equal(1997.1666m, report.Series.Sum(p => p.Figures.Revenue));
        Assert.Equal(7, report.Series.Sum(p => p.Figures.Orders));
        Assert.Equal(2, report.Series.Sum(p => p.Figures.Cancellations));
        Assert.Equal(3, report.Series.Sum(p => p.Figures.NewCustomers));
        // c4's purchase of 1000 at 23:59:59 on the last day of March, alone in its bucket.
        Assert.Equal(new OrderFigures(1000m, 1, 0, 1000m, 1, 0, 0m, 1), report.Series.Last().Figures);
    }

    [Fact]
    public async Task An_empty_period_has_zeros_and_no_rates()
    {
        var report = await data.Admin.Get<KpiReport<OrderFigures>>("/api/kpis/orders?from=2027-01-01&to=2027-02-01");

        Assert.Equal(new OrderFigures(0m, 0, 0, null, 0, 0, null, 0), report.Total);
        Assert.Empty(report.ByRep);
    }

    private static OrderFigures Rep(KpiReport<OrderFigures> report, long owner) => report.ByRep.Single(r => r.OwnerId == owner).Figures;
}
