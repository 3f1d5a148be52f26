using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.LeadAssignment.Pool.Claim;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>
/// <c>customer.update</c> and <c>lead.update</c>, PreOperation: every owner change is audited with what decided it, and
/// the pool follows it, in the change's transaction. A claim takes the record out of the pool or fails: of two
/// reps claiming at once, the second finds it gone and is refused.
/// </summary>
public sealed class OwnershipChangeStep(
    OwnershipLicence licence, PublicPool pool, DecisionLog log, LeadAssignmentDbContext db, ICrmRecords records, ISettings<LeadAssignmentSettings> settings, TimeProvider time,
    IPluginDatabase database)
    : IPipelineStep
{
    // The key space of a claimant's lock on PostgreSQL (pg_advisory_xact_lock's first key): "LA".
    private const int ClaimLocks = 0x4C41;

    /// <summary>The field of the refusal a lost claim race gets; the claim endpoint answers it with 409.</summary>
    public const string ConflictField = "claim";

    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (Owners.ChangeIn(context) is not var (type, id, from, owner))
            return;
        var change = licence.Pending is { } p && p.RecordType == type && p.RecordId == id ? p : null;
        // The claim service checked the limits before the write; checked again here, inside the write transaction (which
        // SQLite serialises, and PostgreSQL does for one claimant's claims under a lock held to the commit), two claims by
        // one rep at the same moment cannot both slip under the daily limit.
        if (change is { Action: "claim" } && owner is { } claimant && database.Provider == "postgres")
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ClaimLocks}, {unchecked((int)claimant)})", cancellationToken);
        if (change is { Action: "claim" } && owner is { } rep
            && await ClaimLimits.RefusalAsync(db, records, await settings.GetAsync(cancellationToken), type, id, rep, time.GetUtcNow().UtcDateTime, cancellationToken) is { } refusal)
            throw new PipelineValidationException(refusal);
        if (change?.FromPool == true && !await pool.TakeAsync(type, id, cancellationToken))
            throw new PipelineValidationException($"{type} {id} is no longer in the pool: someone claimed it first", ConflictField);
        if (owner is null)
            await pool.AddAsync(type, id, from, PoolReasons.Of(change), cancellationToken);
        else if (change is null || !change.FromPool)
            await pool.TakeAsync(type, id, cancellationToken);
        if (type == "lead" && owner is not null)
            await db.Queue.Where(q => q.LeadId == id).ExecuteDeleteAsync(cancellationToken);

        log.Add(type, id, change?.Action ?? "transfer", context.User, from, owner, null, change?.Outcome,
            change?.Reason?.ToString() ?? (change is null ? "owner changed through the core API" : null));
        await db.SaveChangesAsync(cancellationToken);
    }
}
