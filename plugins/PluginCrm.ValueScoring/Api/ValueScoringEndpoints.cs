using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.ValueScoring.Api.Kpis;
using PluginCrm.ValueScoring.Api.Runs;
using PluginCrm.ValueScoring.Api.Scores;

namespace PluginCrm.ValueScoring.Api;

/// <summary>Maps <c>/api/value-scoring</c>: runs, scores, explanations, KPI distributions.</summary>
public static class ValueScoringEndpoints
{
    public static void MapValueScoringEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapRuns();
        api.MapScores();
        api.MapKpis();
    }

    /// <summary>Scores are a manager's tool: admins and managers read them and start runs; reps are refused.</summary>
    internal static IResult? RefuseUnlessManager(ClaimsPrincipal user) =>
        user.IsInRole("Admin") || user.IsInRole("Manager")
            ? null
            : Results.Problem("value scores are for managers and admins", statusCode: 403, title: "Forbidden");

    internal static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    internal static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}");
}
