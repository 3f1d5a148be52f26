using System.Net;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Retention;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// Churn and retention from February to April 2026 (see <see cref="KpiTimeline"/>). Customers at the start (stage on
/// 02-01 customer, repeat or at risk): r1, r2, r4, r6; not r3 (churned 01-20), r5 (a lead), r7 (created churned), r8
/// (qualified until 02-10). Lost among them in the period: r1 (04-02), r4 (02-15), r6 (03-03); r2 churns 05-02, after it.
/// </summary>
[Collection(KpiTimelineCollection.Name)]
public sealed class RetentionKpiTests(KpiTimeline data)
{
    private const string Period = "from=2026-02-01&to=2026-05-01";

    [Fact]
    public async Task Churn_divides_the_customers_lost_by_those_at_the_start_and_retention_is_its_complement()
    {
        var report = await data.Admin.Get<KpiReport<RetentionFigures>>($"/api/kpis/retention?{Period}");

        // r8 became a customer and churned within the period: lost, but not one of the 4 at the start, so not counted.
        Assert.Equal(new RetentionFigures(4, 3, 3m / 4, 1 - 3m / 4), report.Total);
    }

    [Fact]
    public async Task Per_rep_and_team_by_the_customers_owner()
    {
        var report = await data.Admin.Get<KpiReport<RetentionFigures>>($"/api/kpis/retention?{Period}");

        // alice: r1, r2 at the start (r3 churned before, r8 qualified), r1 lost. bob: r4 lost (r5 is a lead). carol: r6 lost.
        Assert.Equal(new RetentionFigures(2, 1, 1m / 2, 1m / 2), report.ByRep.Single(r => r.OwnerId == data.Alice).Figures);
        Assert.Equal(new RetentionFigures(1, 1, 1m, 0m), report.ByRep.Single(r => r.OwnerId == data.Bob).Figures);
        Assert.Equal(new RetentionFigures(1, 1, 1m, 0m), report.ByRep.Single(r => r.OwnerId == data.Carol).Figures);
        // East: r1, r2, r4, of which r1 and r4 lost. West: r6 lost, by the system as the silence automation would.
        Assert.Equal(new RetentionFigures(3, 2, 2m / 3, 1 - 2m / 3), report.ByTeam.Single(t => t.TeamId == data.East).Figures);
        Assert.Equal(new RetentionFigures(1, 1, 1m, 0m), report.ByTeam.Single(t => t.TeamId == data.West).Figures);
    }

    [Fact]
    public async Task Each_month_of_a_series_starts_from_the_customers_it_had_on_its_first_day()
    {
        var report = await data.Admin.Get<KpiReport<RetentionFigures>>($"/api/kpis/retention?{Period}&by=month");

        Assert.Equal(
            [
                // February: r1, r2, r4, r6 at the start; r4 lost on 02-15.
                new RetentionFigures(4, 1, 1m / 4, 1 - 1m / 4),
                // March: r1, r2, r6 (at risk still counts), r8 (a customer since 02-10); r4 is churned. r6 and r8 lost on 03-03.
                new RetentionFigures(4, 2, 2m / 4, 1 - 2m / 4),
                // April: r1, r2, r4 (won back on 03-10); r1 lost on 04-02; r2 only turned at risk.
                new RetentionFigures(3, 1, 1m / 3, 1 - 1m / 3),
            ],
            report.Series.Select(p => p.Figures));
        Assert.Equal([new DateOnly(2026, 2, 1), new(2026, 3, 1), new(2026, 4, 1)], report.Series.Select(p => p.From));
    }

    [Fact]
    public async Task After_the_last_change_the_customers_count_as_they_stand()
    {
        // Nothing changed after 05-02: in June every customer is what it became. Only r4 (won back on 03-10) is still a
        // customer; r1, r2, r3, r6, r7 and r8 are churned and r5 is a lead.
        var report = await data.Admin.Get<KpiReport<RetentionFigures>>("/api/kpis/retention?from=2026-06-01&to=2026-08-01&by=month");

        Assert.Equal(new RetentionFigures(1, 0, 0m, 1m), report.Total);
        Assert.Equal([new RetentionFigures(1, 0, 0m, 1m), new RetentionFigures(1, 0, 0m, 1m)], report.Series.Select(p => p.Figures));
        Assert.Equal(new RetentionFigures(1, 0, 0m, 1m), report.ByRep.Single(r => r.OwnerId == data.Bob).Figures);
        // alice's four customers are all churned, and carol's two: rows with no one at the start, and no rates.
        Assert.Equal(new RetentionFigures(0, 0, null, null), report.ByRep.Single(r => r.OwnerId == data.Alice).Figures);
        Assert.Equal(new RetentionFigures(0, 0, null, null), report.ByTeam.Single(t => t.TeamId == data.West).Figures);
    }

    [Fact]
    public async Task A_rep_counts_its_own_customers_and_a_manager_its_teams()
    {
        Assert.Equal(new RetentionFigures(2, 1, 1m / 2, 1m / 2), (await data.AliceClient.Get<KpiReport<RetentionFigures>>($"/api/kpis/retention?{Period}")).Total);
        var manager = await data.EastManager.Get<KpiReport<RetentionFigures>>($"/api/kpis/retention?{Period}");
        Assert.Equal(new RetentionFigures(3, 2, 2m / 3, 1 - 2m / 3), manager.Total);
        Assert.Equal([data.East], manager.ByTeam.Select(t => t.TeamId));
    }

    [Fact]
    public async Task A_period_with_no_customer_at_its_start_has_no_rates_and_the_start_is_required()
    {
        // Every customer was created on 2026-01-05.
        var report = await data.Admin.Get<KpiReport<RetentionFigures>>("/api/kpis/retention?from=2026-01-01&to=2026-01-05");
        Assert.Equal(new RetentionFigures(0, 0, null, null), report.Total);

        var missing = await data.Admin.GetAsync("/api/kpis/retention?to=2026-05-01");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["is required: the churn rate divides by the customers at the start of the period"], (await missing.As<Problem>()).Errors!["from"]);
    }
}
