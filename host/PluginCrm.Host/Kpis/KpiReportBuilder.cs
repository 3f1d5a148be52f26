using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
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
        var reps = items.ToLookup(i => i.OwnerId);
        var teams = items.ToLookup(i => i.TeamId);
        return await AssembleAsync(query, figures(items),
            reps.Select(g => g.Key), rep => figures(reps[rep].ToList()),
            teams.Select(g => g.Key), team => figures(teams[team].ToList()),
            Series(query, items, figures), ct);
    }

    /// <summary>
    /// For figures that depend on the window itself and not only on the facts dated in it (the customers at its
    /// start, the spend allocated to its days): the KPI computes any group's figures over any window, this asks for
    /// the period's of everything, of each of <paramref name="reps"/> and <paramref name="teams"/>, and each bucket's
    /// of everything. An open end of the series is closed by <paramref name="days"/>, as <see cref="Buckets.Of"/> says.
    /// </summary>
    public Task<KpiReport<T>> BuildAsync<T>(KpiQuery query, IEnumerable<long?> reps, IEnumerable<long?> teams,
        Func<KpiGroup, KpiWindow, T> figures, IEnumerable<DateOnly> days, CancellationToken ct)
    {
        var period = query.Window;
        var series = query.By is { } by
            ? Buckets.Of(query, by, days).Select(b => new PeriodFigures<T>(b.From, b.To, figures(KpiGroup.All, new KpiWindow(b.From, b.To)))).ToList()
            : [];
        return AssembleAsync(query, figures(KpiGroup.All, period),
            reps, rep => figures(KpiGroup.Rep(rep), period),
            teams, team => figures(KpiGroup.Team(team), period),
            series, ct);
    }

    private async Task<KpiReport<T>> AssembleAsync<T>(KpiQuery query, T total,
        IEnumerable<long?> reps, Func<long?, T> repFigures, IEnumerable<long?> teams, Func<long?, T> teamFigures,
        IReadOnlyList<PeriodFigures<T>> series, CancellationToken ct)
    {
        var repKeys = reps.Distinct().Order().ToList();
        var teamKeys = teams.Distinct().Order().ToList();
        var userIds = repKeys.OfType<long>().ToList();
        var teamIds = teamKeys.OfType<long>().ToList();
        // Names only label the rows; a deleted user or team still gets its name on the figures it earned.
        var userNames = await db.Users.IgnoreQueryFilters().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var teamNames = await db.Teams.IgnoreQueryFilters().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        return new KpiReport<T>(
            query.From, query.To, query.By, total,
            repKeys.Select(r => new RepFigures<T>(r, r is { } id ? userNames.GetValueOrDefault(id) : null, repFigures(r))).ToList(),
            teamKeys.Select(t => new TeamFigures<T>(t, t is { } id ? teamNames.GetValueOrDefault(id) : null, teamFigures(t))).ToList(),
            series);
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
