using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Retention;

/// <summary>
/// Churn and retention rates of the customers the caller owns (a manager: its team's; an admin: all), per the
/// customer's owner and team now. Each bucket of a series is a period of its own: its customers at the start are those
/// of its first day. The stage history comes from the audit trail (<see cref="AuditStages"/>), so a move to churned
/// counts whoever made it: a rep, an import, a plugin's silence rule. Only the customers changed or created since just
/// before the period have their history read: every change of a customer through the host (the pipeline, an import's
/// batch, a plugin through the SDK) moves its <c>UpdatedUtc</c> with its audit entry, so the rest are counted in SQL as
/// they stand (<see cref="SteadyCustomers"/>), which at a million customers is the difference between reading a million
/// audit entries and a few thousand.
/// </summary>
public sealed class RetentionKpis(CrmDbContext db, KpiReportBuilder reports, TimeProvider time)
{
    // A change and its audit entry take their times from two readings of the clock: a customer touched this shortly before
    // the period is read with its history, so that a change on the edge is never taken for none.
    private static readonly TimeSpan Edge = TimeSpan.FromMinutes(1);

    public async Task<KpiReport<RetentionFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var customers = Owned(user, query);
        var since = query.FromUtc!.Value - Edge;
        var steady = await customers.Where(c => c.CreatedUtc < since && c.UpdatedUtc < since)
            .GroupBy(c => new { c.OwnerId, c.TeamId })
            .Select(g => new SteadyCustomers(g.Key.OwnerId, g.Key.TeamId, g.Count(), g.Count(c => LifecycleHistory.Kept.Contains(c.Stage))))
            .ToListAsync(ct);
        var changed = (await HistoriesAsync(customers.Where(c => c.CreatedUtc >= since || c.UpdatedUtc >= since), ct)).Select(c => c.History).ToList();
        // An open end runs to today, so that a series reaches it.
        DateOnly[] today = [DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)];
        return await reports.BuildAsync(query,
            steady.Select(s => s.OwnerId).Concat(changed.Select(c => c.OwnerId)), steady.Select(s => s.TeamId).Concat(changed.Select(c => c.TeamId)),
            (group, window) => RetentionFigures.Of(steady.Where(group.Holds).Sum(s => s.Kept), changed.Where(group.Holds), window), today, ct);
    }

    /// <summary>The customers at the start of the period and those of them lost in it, by id (for plugins that split them).</summary>
    public async Task<RetentionCohort> CohortAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var customers = await HistoriesAsync(Owned(user, query), ct);
        var atStart = customers.Where(c => c.History.KeptAt(query.FromUtc!.Value)).ToList();
        return new RetentionCohort(query.From!.Value, query.To, atStart.Select(c => c.Id).Order().ToList(),
            atStart.Where(c => c.History.LostIn(query.Window)).Select(c => c.Id).Order().ToList());
    }

    private IQueryable<Customer> Owned(ActingUser user, KpiQuery query)
    {
        if (query.FromUtc is null)
            throw new InputException("from", "is required: the churn rate divides by the customers at the start of the period");
        var customers = KpiScope.Owned(db.Customers, user, query);
        // Nobody created after the period is at the start of it, or of any bucket in it.
        return query.ToUtc is { } toUtc ? customers.Where(c => c.CreatedUtc < toUtc) : customers;
    }

    private async Task<List<(long Id, LifecycleHistory History)>> HistoriesAsync(IQueryable<Customer> customers, CancellationToken ct)
    {
        var rows = await customers.Select(c => new { c.Id, c.OwnerId, c.TeamId, c.CreatedUtc, c.Stage }).ToListAsync(ct);
        var changes = await AuditStages.ChangesAsync<LifecycleStage>(db, CoreRecords.Customers.Name, customers.Select(c => c.Id), ct);
        return rows.Select(c => (c.Id, new LifecycleHistory(c.OwnerId, c.TeamId, c.CreatedUtc, c.Stage, changes[c.Id].ToList()))).ToList();
    }
}
