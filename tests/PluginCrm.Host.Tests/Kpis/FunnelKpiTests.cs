using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Funnel;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// The funnel of the deals that entered in Q1 2026 (F1 to F10 of <see cref="KpiData"/>). Furthest known stage of each:
/// F1 lead, F2 lead, F3 qualified, F4 proposal, F5 negotiation, F6 won, F7 qualified (lost, but engaged),
/// F8 proposal (lost, but the audit shows it at proposal), F9 negotiation (moved back to qualified), F10 lead (lost,
/// never engaged, no history).
/// </summary>
[Collection(KpiCollection.Name)]
public sealed class FunnelKpiTests(KpiData data)
{
    [Fact]
    public async Task Reached_counts_are_cumulative_and_conversions_divide_adjacent_stages()
    {
        var report = await data.Admin.Get<KpiReport<FunnelFigures>>("/api/kpis/funnel?from=2026-01-01&to=2026-04-01");

        // The closed deals of the sales tests were engaged on 2025-10-01: they entered the funnel before the period.
        Assert.Equal(10, report.Total.Deals);
        Assert.Equal(
            [
                // reached lead: all 10; qualified: F3 F4 F5 F6 F7 F8 F9 = 7 → 7/10
                new StageFigures(DealStage.Lead, 2, 10, 7m / 10),
                // reached proposal: F4 F5 F6 F8 F9 = 5 → 5/7
                new StageFigures(DealStage.Qualified, 2, 7, 5m / 7),
                // reached negotiation: F5 F6 F9 = 3 → 3/5
                new StageFigures(DealStage.Proposal, 1, 5, 3m / 5),
                // reached won: F6 = 1 → 1/3
                new StageFigures(DealStage.Negotiation, 1, 3, 1m / 3),
                new StageFigures(DealStage.Won, 1, 1, null),
                new StageFigures(DealStage.Lost, 3, 3, null),
            ],
            report.Total.Stages);
    }

    [Fact]
    public async Task A_reps_funnel_counts_its_deals_only()
    {
        var report = await data.Admin.Get<KpiReport<FunnelFigures>>("/api/kpis/funnel?from=2026-01-01&to=2026-04-01");

        // bob: F2 (lead), F5 (negotiation), F7 (lost after being engaged: qualified).
        var bob = report.ByRep.Single(r => r.OwnerId == data.Bob).Figures;
        Assert.Equal(
            [
                new StageFigures(DealStage.Lead, 1, 3, 2m / 3),
                new StageFigures(DealStage.Qualified, 0, 2, 1m / 2),
                new StageFigures(DealStage.Proposal, 0, 1, 1m),
                new StageFigures(DealStage.Negotiation, 1, 1, 0m),
                new StageFigures(DealStage.Won, 0, 0, null),
                new StageFigures(DealStage.Lost, 1, 1, null),
            ],
            bob.Stages);
        Assert.Equal([5, 3, 2], report.ByRep.OrderBy(r => r.OwnerId).Select(r => r.Figures.Deals)); // alice, bob, carol
        Assert.Equal([8, 2], report.ByTeam.OrderBy(t => t.TeamId).Select(t => t.Figures.Deals)); // East, West
    }

    [Fact]
    public async Task Deals_enter_the_series_on_their_engage_date_or_else_their_creation_day()
    {
        var report = await data.Admin.Get<KpiReport<FunnelFigures>>("/api/kpis/funnel?from=2026-01-01&to=2026-04-01&by=month");

        int[] Reached(int month) => report.Series[month - 1].Figures.Stages.Take(5).Select(s => s.Reached).ToArray();
        // January: F1 F2 F10 (created 01-05, never engaged), F3 (01-12), F6 (01-20); furthest lead, lead, lead, qualified, won.
        Assert.Equal([5, 2, 1, 1, 1], Reached(1));
        // February: F4 (proposal), F5 (negotiation), F8 (proposal).
        Assert.Equal([3, 3, 3, 1, 0], Reached(2));
        // March: F7 (qualified), F9 (negotiation).
        Assert.Equal([2, 2, 1, 1, 0], Reached(3));
        Assert.Equal(3, report.Series.Count);
    }
}
