using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Funnel;

/// <summary>
/// The stages deals were in before they changed, read from the audit trail: the "before" of every
/// <c>deal.update</c> is a stage the deal once had. Imported or never-changed deals have no updates, so this reads
/// nothing for them.
/// </summary>
public static class StageHistory
{
    public static async Task<ILookup<long, DealStage>> EarlierStagesAsync(CrmDbContext db, IQueryable<long> dealIds, CancellationToken ct)
    {
        var recordType = CoreRecords.Deals.Name;
        var changes = await AuditStages.ChangesAsync<DealStage>(db, recordType, dealIds, ct, message: $"{recordType}.update");
        return changes
            .SelectMany(deal => deal.Where(c => c.Before is not null).Select(c => (Deal: deal.Key, Stage: c.Before!.Value)))
            .ToLookup(d => d.Deal, d => d.Stage);
    }
}
