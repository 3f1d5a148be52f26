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
/// counts whoever made it: a rep, an import, a plugin's silence rule.
/// </summary>
public sealed class RetentionKpis(CrmDbContext db, KpiReportBuilder reports, TimeProvider time)
{
    public async Task<KpiReport<RetentionFigures>> ComputeAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var lifecycles = (await LoadAsync(user, query, ct)).Select(c => c.History).ToList();
        // An open end runs to today, so that a series reaches it.
        DateOnly[] today = [DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)];
        return await reports.BuildAsync(query, lifecycles.Select(c => c.OwnerId), lifecycles.Select(c => c.TeamId),
            (group, window) => RetentionFigures.Of(lifecycles.Where(group.Holds), window), today, ct);
    }

    /// <summary>The customers at the start of the period and those of them lost in it, by id (for plugins that split them).</summary>
    public async Task<RetentionCohort> CohortAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        var customers = await LoadAsync(user, query, ct);
        var atStart = customers.Where(c => c.History.KeptAt(query.FromUtc!.Value)).ToList();
        return new RetentionCohort(query.From!.Value, query.To, atStart.Select(c => c.Id).Order().ToList(),
            atStart.Where(c => c.History.LostIn(query.Window)).Select(c => c.Id).Order().ToList());
    }

    private async Task<List<(long Id, LifecycleHistory History)>> LoadAsync(ActingUser user, KpiQuery query, CancellationToken ct)
    {
        if (query.FromUtc is null)
            throw new InputException("from", "is required: the churn rate divides by the customers at the start of the period");
        var customers = KpiScope.Owned(db.Customers, user, query);
        // Nobody created after the period is at the start of it, or of any bucket in it.
        if (query.ToUtc is { } toUtc)
            customers = customers.Where(c => c.CreatedUtc < toUtc);

        var rows = await customers.Select(c => new { c.Id, c.OwnerId, c.TeamId, c.CreatedUtc, c.Stage }).ToListAsync(ct);
        var changes = await AuditStages.ChangesAsync<LifecycleStage>(db, CoreRecords.Customers.Name, customers.Select(c => c.Id), ct);
        return rows.Select(c => (c.Id, new LifecycleHistory(c.OwnerId, c.TeamId, c.CreatedUtc, c.Stage, changes[c.Id].ToList()))).ToList();
    }
}
