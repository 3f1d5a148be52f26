using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.ValueScoring.Api.Kpis;
using PluginCrm.ValueScoring.Api.Runs;
using PluginCrm.ValueScoring.Api.Scores;

namespace PluginCrm.ValueScoring;

/// <summary>Maps <c>/api/value-scoring</c>: runs, scores, explanations, KPI distributions.</summary>
public static class ValueScoringEndpoints
{
    public static void MapValueScoringEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapRuns();
        api.MapScores();
        api.MapKpis();
    }
}
