using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary><c>POST /pool/{customers|leads}/{id}/claim</c>: the caller claims a pool record (see <see cref="ClaimService"/>).</summary>
public static class ClaimEndpoint
{
    public static void MapClaim(this IEndpointRouteBuilder api) =>
        api.MapPost("/pool/{kind}/{id:long}/claim", async (string kind, long id, HttpContext http, ClaimService claims, CancellationToken ct) =>
        {
            if (kind is not ("customers" or "leads"))
                return CrmProblems.NotFound($"'{kind}' is not in the pool; use customers or leads");
            var result = await claims.ClaimAsync(kind.TrimEnd('s'), id, http.User.ToActingUser(), ct);
            return result.Status == 200
                ? TypedResults.Ok(new ClaimedRecord(kind.TrimEnd('s'), id, result.Message))
                : CrmProblems.Of(result.Status, result.Message);
        }).Produces<ClaimedRecord>();
}
