using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary><c>POST /pool/{customers|leads}/{id}/claim</c> (or the singular, as the pool's list names the type): the caller claims a pool record (see <see cref="ClaimService"/>).</summary>
public static class ClaimEndpoint
{
    public static void MapClaim(this IEndpointRouteBuilder api) =>
        api.MapPost("/pool/{kind}/{id:long}/claim", async (string kind, long id, HttpContext http, ClaimService claims, CancellationToken ct) =>
        {
            if (PoolTypes.Parse(kind) is not { } type)
                return CrmProblems.NotFound($"'{kind}' is not in the pool; use customers or leads");
            var result = await claims.ClaimAsync(type, id, http.User.ToActingUser(), ct);
            return result.Status == 200
                ? TypedResults.Ok(new ClaimedRecord(type, id, result.Message))
                : CrmProblems.Of(result.Status, result.Message);
        }).Produces<ClaimedRecord>();
}
