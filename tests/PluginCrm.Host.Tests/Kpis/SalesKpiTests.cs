using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>Won, lost, win rate and revenue of the deals closed in a period (numbers from <see cref="KpiData"/>).</summary>
[Collection(KpiCollection.Name)]
public sealed class SalesKpiTests(KpiData data)
{
    private const string Q1 = "from=2026-01-01&to=2026-04-01";

    [Fact]
    public async Task Win_rate_and_revenue_per_rep_team_and_total_count_the_deals_closed_in_the_period()
    {
        var report = await data.Admin.Get<KpiReport<SalesFigures>>($"/api/kpis/sales?{Q1}");

        // alice: won 1000 + 2500.50 + 199.9999 = 3700.4999, lost 1 (02-20); the 999 closed on 04-25, after the period.
        Assert.Equal(new SalesFigures(3, 1, 3m / 4, 3700.4999m), Rep(report, data.Alice));
        // bob: won 300, lost 2 (the lost deal's value of 80 is not revenue).
        Assert.Equal(new SalesFigures(1, 2, 1m / 3, 300m), Rep(report, data.Bob));
        // carol: won 5000 (02-10); 750.25 closed 2025-12-31, before; the loss on 2026-04-01 is the excluded end.
        Assert.Equal(new SalesFigures(1, 0, 1m, 5000m), Rep(report, data.Carol));
        Assert.Equal(3, report.ByRep.Count);
        Assert.Equal("alice@example.com", report.ByRep.Single(r => r.OwnerId == data.Alice).Name);
        // East = alice + bob: won 4, lost 3, revenue 3700.4999 + 300 = 4000.4999. West = carol.
        Assert.Equal(new SalesFigures(4, 3, 4m / 7, 4000.4999m), report.ByTeam.Single(t => t.TeamId == data.East).Figures);
        Assert.Equal("East", report.ByTeam.Single(t => t.TeamId == data.East).Name);
        Assert.Equal(new SalesFigures(1, 0, 1m, 5000m), report.ByTeam.Single(t => t.TeamId == data.West).Figures);
        // Total: won 5, lost 3, win rate 5/8, revenue 4000.4999 + 5000 = 9000.4999.
        Assert.Equal(new SalesFigures(5, 3, 0.625m, 9000.4999m), report.Total);
        Assert.Empty(report.Series);
    }

    [Fact]
    public async Task A_monthly_series_has_every_month_and_adds_up_to_the_period()
    {
        var report = await data.Admin.Get<KpiReport<SalesFigures>>($"/api/kpis/sales?{Q1}&by=month");

        Assert.Equal(KpiBucket.Month, report.By);
        Assert.Equal(
            [
                // January: alice won 1000, bob won 300, bob lost.
                new PeriodFigures<SalesFigures>(new(2026, 1, 1), new(2026, 2, 1), new SalesFigures(2, 1, 2m / 3, 1300m)),
                // February: alice won 2500.50, carol won 5000, alice lost.
                new PeriodFigures<SalesFigures>(new(2026, 2, 1), new(2026, 3, 1), new SalesFigures(2, 1, 2m / 3, 7500.50m)),
                // March: alice won 199.9999, bob lost (03-01).
                new PeriodFigures<SalesFigures>(new(2026, 3, 1), new(2026, 4, 1), new SalesFigures(1, 1, 1m / 2, 199.9999m)),
            ],
            report.Series);
    }

    [Fact]
    public async Task A_week_series_starts_on_mondays_and_is_clipped_to_the_period()
    {
        // 2026-01-08 is a Thursday: the first week is clipped to [01-08, 01-12); 01-12 is a Monday.
        var report = await data.Admin.Get<KpiReport<SalesFigures>>("/api/kpis/sales?from=2026-01-08&to=2026-01-22&by=week");

        Assert.Equal(
            [
                // alice won 1000 on 01-10.
                new PeriodFigures<SalesFigures>(new(2026, 1, 8), new(2026, 1, 12), new SalesFigures(1, 0, 1m, 1000m)),
                // nothing closed from Monday 01-12 to Sunday 01-18: an empty week, still in the series.
                new PeriodFigures<SalesFigures>(new(2026, 1, 12), new(2026, 1, 19), new SalesFigures(0, 0, null, 0m)),
                // bob won 300 on 01-20; his loss on 01-25 is after the period.
                new PeriodFigures<SalesFigures>(new(2026, 1, 19), new(2026, 1, 22), new SalesFigures(1, 0, 1m, 300m)),
            ],
            report.Series);
    }

    [Fact]
    public async Task The_service_answers_a_caller_directly_as_the_api_does()
    {
        await using var scope = data.Host.Services.CreateAsyncScope();
        var sales = scope.ServiceProvider.GetRequiredService<SalesKpis>();

        var report = await sales.ComputeAsync(ActingUser.System, new KpiQuery(new(2026, 1, 1), new(2026, 4, 1), TeamId: data.West), CancellationToken.None);

        Assert.Equal(new SalesFigures(1, 0, 1m, 5000m), report.Total);
    }

    private static SalesFigures Rep(KpiReport<SalesFigures> report, long owner) => report.ByRep.Single(r => r.OwnerId == owner).Figures;
}
