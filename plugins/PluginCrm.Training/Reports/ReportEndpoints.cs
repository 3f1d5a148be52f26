using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Training.Reports;

/// <summary>
/// <c>/reports</c>: completion per course, per team, per customer and company; who completed what; quiz item
/// statistics; churn of trained and untrained customers. Each counts only the learners the caller sees, and takes the
/// KPI screen's <c>from</c>, <c>to</c>, <c>teamId</c> and <c>ownerId</c>.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports");
        reports.MapGet("/courses", async (DateOnly? from, DateOnly? to, long? teamId, long? ownerId, ClaimsPrincipal user, CompletionReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.ByCourseAsync(user.ToActingUser(), new ReportQuery(from, to, teamId, ownerId).Checked(), ct)));
        reports.MapGet("/teams", async (DateOnly? from, DateOnly? to, long? teamId, long? ownerId, ClaimsPrincipal user, CompletionReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.ByTeamAsync(user.ToActingUser(), new ReportQuery(from, to, teamId, ownerId).Checked(), ct)));
        reports.MapGet("/learners", async (DateOnly? from, DateOnly? to, long? companyId, ClaimsPrincipal user, CompletionReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.ByLearnerAsync(user.ToActingUser(), new ReportQuery(from, to, null, null).Checked(), companyId, ct)));
        reports.MapGet("/completions", async (DateOnly? from, DateOnly? to, long? teamId, long? ownerId, ClaimsPrincipal user, CompletionReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.CompletionsAsync(user.ToActingUser(), new ReportQuery(from, to, teamId, ownerId).Checked(), ct)));
        reports.MapGet("/churn", async (DateOnly? from, DateOnly? to, long? teamId, long? ownerId, ClaimsPrincipal user, TrainedChurn churn, CancellationToken ct) =>
            TypedResults.Ok(await churn.CompareAsync(user.ToActingUser(), new ReportQuery(from, to, teamId, ownerId).Checked(), ct)));
        // Questions, not people: anyone signed in may see how hard each one is.
        reports.MapGet("/courses/{key}/items", async (string key, int? version, ItemAnalysis analysis, CancellationToken ct) =>
            TypedResults.Ok(await analysis.OfAsync(key, version, ct)));
    }
}
