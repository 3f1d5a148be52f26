using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Conversion;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// Lead-to-customer conversion of the leads captured in Q1 2026 (see <see cref="KpiTimeline"/>): L1 to L9; L10 was
/// captured in April. Converted (a customer): L1, L2 (given one on 03-10), L3, L5, L8; L7 is qualified but has no customer.
/// </summary>
[Collection(KpiTimelineCollection.Name)]
public sealed class ConversionKpiTests(KpiTimeline data)
{
    private const string Q1 = "from=2026-01-01&to=2026-04-01";

    [Fact]
    public async Task Conversion_divides_the_leads_that_became_customers_by_the_leads_captured()
    {
        var report = await data.Admin.Get<KpiReport<ConversionFigures>>($"/api/kpis/conversion?{Q1}");

        Assert.Equal(new ConversionFigures(9, 5, 5m / 9), report.Total);
    }

    [Fact]
    public async Task Per_rep_and_team_by_the_leads_owner()
    {
        var report = await data.Admin.Get<KpiReport<ConversionFigures>>($"/api/kpis/conversion?{Q1}");

        Assert.Equal(
            [
                // L9 has no owner.
                new ConversionFigures(1, 0, 0m),
                // alice: L1, L2, L5, all converted.
                new ConversionFigures(3, 3, 1m),
                // bob: L3 converted; L6 not; L7, qualified, is not converted.
                new ConversionFigures(3, 1, 1m / 3),
                // carol: L4 not, L8 converted.
                new ConversionFigures(2, 1, 1m / 2),
            ],
            report.ByRep.Select(r => r.Figures));
        Assert.Equal([null, data.Alice, data.Bob, data.Carol], report.ByRep.Select(r => r.OwnerId));
        // East: L1 L2 L3 L5 L6 L7, 4 converted. West: L4 L8 L9, 1 converted.
        Assert.Equal(new ConversionFigures(6, 4, 4m / 6), report.ByTeam.Single(t => t.TeamId == data.East).Figures);
        Assert.Equal(new ConversionFigures(3, 1, 1m / 3), report.ByTeam.Single(t => t.TeamId == data.West).Figures);
    }

    [Fact]
    public async Task A_series_places_each_lead_in_the_month_it_was_captured()
    {
        var report = await data.Admin.Get<KpiReport<ConversionFigures>>($"/api/kpis/conversion?{Q1}&by=month");

        Assert.Equal(
            [
                // January: L1 L2 L3 L4; L2's conversion in March counts for January, when it was captured.
                new ConversionFigures(4, 3, 3m / 4),
                // February: L5 L6 L7.
                new ConversionFigures(3, 1, 1m / 3),
                // March: L8 L9.
                new ConversionFigures(2, 1, 1m / 2),
            ],
            report.Series.Select(p => p.Figures));
    }

    [Fact]
    public async Task A_rep_counts_its_own_leads_and_a_manager_its_teams()
    {
        Assert.Equal(new ConversionFigures(3, 3, 1m), (await data.AliceClient.Get<KpiReport<ConversionFigures>>($"/api/kpis/conversion?{Q1}")).Total);
        Assert.Equal(new ConversionFigures(6, 4, 4m / 6), (await data.EastManager.Get<KpiReport<ConversionFigures>>($"/api/kpis/conversion?{Q1}")).Total);
    }
}
