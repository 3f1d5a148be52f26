using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Sales;

/// <summary>
/// Won, lost, win rate and revenue per rep, per team and in total. A deal counts in the period that holds its close
/// date (<c>ClosedOn</c>), so a won or lost deal without a close date is in no period.
/// </summary>
public sealed class SalesKpis(CrmDbContext db, KpiReportBuilder reports)
{
    public async Task<KpiReport<SalesFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var closed = KpiScope.Owned(db.Deals, user, query)
            .Where(d => (d.Stage == DealStage.Won || d.Stage == DealStage.Lost) && d.ClosedOn != null);
        if (query.From is { } from)
            closed = closed.Where(d => d.ClosedOn >= from);
        if (query.To is { } to)
            closed = closed.Where(d => d.ClosedOn < to);

        // SUM over a money column is exact in SQL: SQLite adds the stored 64-bit ten-thousandths and EF converts the
        // total back once (MoneySqlTests). AVG is not (SQLite answers a REAL, which the converter truncates), so no
        // KPI averages in SQL. Grouping per rep, team, day and outcome leaves few rows to roll up in memory.
        var groups = await closed
            .GroupBy(d => new { d.OwnerId, d.TeamId, d.ClosedOn, d.Stage })
            .Select(g => new { g.Key.OwnerId, g.Key.TeamId, g.Key.ClosedOn, g.Key.Stage, Deals = g.Count(), Value = g.Sum(d => d.Value) })
            .ToListAsync(ct);
        var items = groups
            .Select(g => new ClosedDeals(g.OwnerId, g.TeamId, g.ClosedOn!.Value, g.Stage == DealStage.Won, g.Deals, g.Value ?? 0m))
            .ToList();
        return await reports.BuildAsync(query, items, SalesFigures.Of, ct);
    }
}
