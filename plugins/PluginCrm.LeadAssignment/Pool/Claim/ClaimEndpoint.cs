using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Access;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary>
/// <c>POST /pool/{customers|leads}/{id}/claim</c>: the caller takes a pool record, within its claim limits (K a day, L
/// owned) and not during its cool-down on a record it just lost. Of two claims at once exactly one wins; the other is 409.
/// </summary>
public static class ClaimEndpoint
{
    public static void MapClaim(this IEndpointRouteBuilder api) =>
        api.MapPost("/pool/{kind}/{id:long}/claim", async (string kind, long id, HttpContext http, AssignmentDbContext db, OwnerWriter writer,
            ICrmRecords records, ICrmDirectory directory, ISettings<AssignmentSettings> settings, TimeProvider time, CancellationToken ct) =>
        {
            var type = kind switch { "customers" => "customer", "leads" => "lead", _ => null };
            var user = Caller.Of(http.User);
            if (type is null)
                return Problems.NotFound($"'{kind}' is not in the pool; use customers or leads");
            if (user.UserId is not { } me)
                return Problems.Forbidden("only a signed-in user can claim; an API key owns nothing");
            if (!await db.Pool.AnyAsync(p => p.RecordType == type && p.RecordId == id, ct))
                return Problems.Conflict($"{type} {id} is not in the pool");

            var limits = await settings.GetAsync(ct);
            var now = time.GetUtcNow().UtcDateTime;
            if (await ClaimLimits.RefusalAsync(db, records, limits, type, id, me, now, ct) is { } refusal)
                return Problems.Refused(refusal);
            var team = (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == me)?.TeamId;
            try
            {
                await writer.SetOwnerAsync(new OwnershipChange("claim", type, id, me, "claimed from the pool"), team, user, ct);
            }
            catch (PipelineValidationException lost) when (lost.Field == OwnershipChangeStep.ConflictField)
            {
                return Problems.Conflict(lost.Message);
            }
            catch (RecordConflictException changed)
            {
                return Problems.Conflict($"{type} {id} changed while you claimed it: {changed.Message}");
            }
            return Results.Ok(new { recordType = type, recordId = id, ownerId = me });
        });
}
