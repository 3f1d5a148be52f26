using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Providers;

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
        // The database reads the stage out of each snapshot: a word per entry comes back, not the record whole.
        var rows = await entries.OrderBy(a => a.Id)
            .Select(a => new { a.RecordId, a.OccurredUtc, a.Message, Before = JsonText.Of(a.Before, "stage"), After = JsonText.Of(a.After, "stage") })
            .ToListAsync(ct);
        return rows
            .Select(a => (a.RecordId, Change: new StageChange<TStage>(a.OccurredUtc, a.Message, StageOf<TStage>(a.Before), StageOf<TStage>(a.After))))
            .Where(a => a.Change.Before is not null || a.Change.After is not null)
            .ToLookup(a => a.RecordId, a => a.Change);
    }

    // As StoredJson wrote it: the enum's name in camel case ("atRisk"); a word no longer a stage is none.
    private static TStage? StageOf<TStage>(string? stage) where TStage : struct, Enum =>
        Enum.TryParse<TStage>(stage, ignoreCase: true, out var parsed) ? parsed : null;
}
