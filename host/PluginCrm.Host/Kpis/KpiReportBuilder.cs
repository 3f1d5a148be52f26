using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// Turns the facts of a period into a report: one function computes the figures of any set of facts, and this
/// applies it to all of them, to each rep's, each team's and each bucket's.
/// </summary>
public sealed class KpiReportBuilder(CrmDbContext db)
{
    public async Task<KpiReport<T>> BuildAsync<TItem, T>(KpiQuery query, IReadOnlyList<TItem> items, Func<IReadOnlyList<TItem>, T> figures, CancellationToken ct)
        where TItem : IKpiItem
    {
        var reps = items.GroupBy(i => i.OwnerId).OrderBy(g => g.Key).ToList();
        var teams = items.GroupBy(i => i.TeamId).OrderBy(g => g.Key).ToList();
        var userIds = reps.Where(g => g.Key is not null).Select(g => g.Key!.Value).ToList();
        var teamIds = teams.Where(g => g.Key is not null).Select(g => g.Key!.Value).ToList();
        // Names only label the rows; a deleted user or team still gets its name on the figures it earned.
        var userNames = await db.Users.IgnoreQueryFilters().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var teamNames = await db.Teams.IgnoreQueryFilters().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        return new KpiReport<T>(
            query.From, query.To, query.By, figures(items),
            reps.Select(g => new RepFigures<T>(g.Key, g.Key is { } id ? userNames.GetValueOrDefault(id) : null, figures(g.ToList()))).ToList(),
            teams.Select(g => new TeamFigures<T>(g.Key, g.Key is { } id ? teamNames.GetValueOrDefault(id) : null, figures(g.ToList()))).ToList(),
            Series(query, items, figures));
    }

    private static List<PeriodFigures<T>> Series<TItem, T>(KpiQuery query, IReadOnlyList<TItem> items, Func<IReadOnlyList<TItem>, T> figures)
        where TItem : IKpiItem
    {
        if (query.By is not { } by)
            return [];
        var byBucket = items.ToLookup(i => Buckets.Start(i.On, by));
        return Buckets.Of(query, by, items.Select(i => i.On))
            .Select(b => new PeriodFigures<T>(b.From, b.To, figures(byBucket[Buckets.Start(b.From, by)].ToList())))
            .ToList();
    }
}
