using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary>
/// A user takes a pool record, within its claim limits (K a day, L owned) and not during its cool-down on a record it
/// just lost. Of two claims at once exactly one wins; the other is a conflict (409).
/// </summary>
public sealed class ClaimService(
    LeadAssignmentDbContext db, OwnerWriter writer, ICrmRecords records, ICrmDirectory directory, IRecordAccess access, ISettings<LeadAssignmentSettings> settings, TimeProvider time)
{
    /// <summary>The outcome as an HTTP status (200, 403, 404, 409, 422) and a message.</summary>
    public sealed record Result(int Status, string Message);

    // The host lets a user change only what it owns, and a pool record is owned by nobody: taking it is the pool's
    // own rule, checked above, so the change is made with the system's reach, in the claimant's name and id.
    private static ActingUser Claimant(ActingUser user) => ActingUser.System with { UserId = user.UserId, Name = $"{user.Name} (claim from the pool)" };

    // Out of the pool, a record the caller may not read is not found, as everywhere (a conflict would tell that it exists),
    // unless it was claimed from the pool: then everyone could see it there, and the one who lost a race is told so.
    private async Task<bool> WasClaimedOrReadableAsync(string type, long id, ActingUser user, CancellationToken ct) =>
        await db.Decisions.AnyAsync(d => d.RecordType == type && d.RecordId == id && d.Action == "claim", ct)
        || await access.AllowsAsync(user, AccessRight.Read, new RecordRef(type, id), ct);

    public async Task<Result> ClaimAsync(string type, long id, ActingUser user, CancellationToken ct)
    {
        if (user.UserId is not { } me)
            return new(403, "only a user can claim; an API key or the system owns nothing");
        if (!await db.Pool.AnyAsync(p => p.RecordType == type && p.RecordId == id, ct))
            return await WasClaimedOrReadableAsync(type, id, user, ct)
                ? new(409, $"{type} {id} is not in the pool")
                : new(404, $"there is no {type} {id} in the pool");
        var limits = await settings.GetAsync(ct);
        if (await ClaimLimits.RefusalAsync(db, records, limits, type, id, me, time.GetUtcNow().UtcDateTime, ct) is { } refusal)
            return new(422, refusal);
        var team = (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == me)?.TeamId;
        try
        {
            await writer.SetOwnerAsync(new OwnershipChange("claim", type, id, me, new DayText("claimed from the pool")), team, Claimant(user), ct);
            return new(200, $"{type} {id} is now owned by user {me}");
        }
        catch (PipelineValidationException lost) when (lost.Field == OwnershipChangeStep.ConflictField)
        {
            return new(409, lost.Message);
        }
        catch (RecordConflictException changed)
        {
            return new(409, $"{type} {id} changed while you claimed it: {changed.Message}");
        }
    }
}
