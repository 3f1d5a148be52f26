using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Kpis.Funnel;

/// <summary>
/// The funnel of the deals that entered it in the period: a deal enters on its engage date, or, not yet engaged, on
/// the day it was created. Counts are cumulative ("reached"), see <see cref="FunnelDeal.FurthestOf"/>, so that
/// conversions between adjacent stages never exceed 1.
/// </summary>
public sealed class FunnelKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<FunnelFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var deals = KpiScope.Owned(db.Deals, user, query);
        if (query is { From: { } from, FromUtc: { } fromUtc })
            deals = deals.Where(d => d.EngagedOn != null ? d.EngagedOn >= from : d.CreatedUtc >= fromUtc);
        if (query is { To: { } to, ToUtc: { } toUtc })
            deals = deals.Where(d => d.EngagedOn != null ? d.EngagedOn < to : d.CreatedUtc < toUtc);

        var rows = await deals.Select(d => new { d.Id, d.OwnerId, d.TeamId, d.Stage, d.EngagedOn, d.CreatedUtc }).ToListAsync(ct);
        var earlier = await StageHistory.EarlierStagesAsync(db, deals.Select(d => d.Id), ct);
        var items = rows
            .Select(d => new FunnelDeal(d.OwnerId, d.TeamId, d.EngagedOn ?? DateOnly.FromDateTime(d.CreatedUtc), d.Stage,
                FunnelDeal.FurthestOf(d.Stage, d.EngagedOn, earlier[d.Id])))
            .ToList();
        return await reports.BuildAsync(query, items, FunnelFigures.Of, ct);
    }
}
