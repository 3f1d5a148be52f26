using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
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
        var message = $"{recordType}.update";
        var befores = await db.Audit.AsNoTracking()
            .Where(a => a.RecordType == recordType && a.Message == message && a.Before != null && dealIds.Contains(a.RecordId))
            .Select(a => new { a.RecordId, a.Before })
            .ToListAsync(ct);
        return befores
            .Select(a => (a.RecordId, JsonSerializer.Deserialize<Snapshot>(a.Before!, MessagePipeline.Json)?.Stage))
            .Where(a => a.Stage is not null)
            .ToLookup(a => a.RecordId, a => a.Stage!.Value);
    }

    private sealed record Snapshot(DealStage? Stage);
}
