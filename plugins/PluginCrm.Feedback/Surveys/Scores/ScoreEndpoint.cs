using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Feedback.Surveys.Scores;

public static class ScoreEndpoint
{
    /// <summary><c>GET /scores?from&amp;to&amp;by&amp;survey&amp;channel&amp;teamId&amp;ownerId</c>: CSAT, NPS and CES of the answers the caller sees.</summary>
    public static void MapScores(this IEndpointRouteBuilder api) =>
        api.MapGet("/scores", async (HttpContext http, ClaimsPrincipal user, SatisfactionScores scores, CancellationToken ct) =>
        {
            var (query, errors) = ScoreQuery.Parse(http.Request.Query);
            return errors.Count > 0 ? CrmProblems.Invalid(errors) : TypedResults.Ok(await scores.ComputeAsync(query, user.ToActingUser(), ct));
        }).Produces<ScoreReport>();
}
