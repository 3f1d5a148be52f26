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

    internal static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    internal static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}");
}
