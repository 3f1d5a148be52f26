using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Kpis;

/// <summary>
/// The stage history of records, read from the audit trail: every change of a record through the pipeline is there
/// with the record before and after, whoever made it (a user, an import, a plugin's job), so this sees every move.
/// Only the current stage is stored on the record itself.
/// </summary>
public static class AuditStages
{
    /// <summary>The changes of each of <paramref name="ids"/>, oldest first; <paramref name="message"/> narrows to one message.</summary>
    public static async Task<ILookup<long, StageChange<TStage>>> ChangesAsync<TStage>(
        CrmDbContext db, string recordType, IQueryable<long> ids, CancellationToken ct, string? message = null) where TStage : struct, Enum
    {
        var entries = db.Audit.AsNoTracking().Where(a => a.RecordType == recordType && ids.Contains(a.RecordId));
        if (message is not null)
            entries = entries.Where(a => a.Message == message);
        var rows = await entries.OrderBy(a => a.Id).Select(a => new { a.RecordId, a.OccurredUtc, a.Message, a.Before, a.After }).ToListAsync(ct);
        return rows
            .Select(a => (a.RecordId, Change: new StageChange<TStage>(a.OccurredUtc, a.Message, StageOf<TStage>(a.Before), StageOf<TStage>(a.After))))
            .Where(a => a.Change.Before is not null || a.Change.After is not null)
            .ToLookup(a => a.RecordId, a => a.Change);
    }

    private static TStage? StageOf<TStage>(string? json) where TStage : struct, Enum =>
        json is null ? null : JsonSerializer.Deserialize<Snapshot<TStage>>(json, StoredJson.Options)?.Stage;

    private sealed record Snapshot<TStage>(TStage? Stage) where TStage : struct, Enum;
}
