using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;
using PluginCrm.Sdk.Http;

namespace PluginCrm.ValueScoring.Api.Runs;

public static class RunEndpoints
{
    public static void MapRuns(this IEndpointRouteBuilder api)
    {
        // A run scores every customer (and replaces the latest scores everyone reads): an admin's decision, like the settings it runs with.
        api.MapPost("/runs", async (StartRunRequest? request, ScoringRunner runner, TimeProvider time, CancellationToken ct) =>
        {
            var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (request?.AsOf is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                return CrmProblems.Invalid("asOf", $"'{text}' is not a date in the form 2026-01-31");
            var run = await runner.RunAsync(asOf, "api", null, ct);
            return TypedResults.Created($"/api/value-scoring/runs/{run.Id}", RunView.From(run));
        }).RequireAuthorization(CrmPolicies.Admin).Produces<RunView>(StatusCodes.Status201Created);

        // A run holds no customer's data: its date, company-wide counts, the settings and the fitted models (population
        // parameters, which every explanation shows too). Managers check what their teams' scores rest on; a rep reads
        // the run behind each of its customers' scores in the explanation and has no use for company-wide figures.
        api.MapGet("/runs", async (ValueScoringDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(ct)).Select(RunView.From)))
            .RequireAuthorization(CrmPolicies.ManagerOrAdmin);

        api.MapGet("/runs/{id:long}", async (long id, ValueScoringDbContext db, CancellationToken ct) =>
            await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } run
                ? TypedResults.Ok(RunView.From(run))
                : CrmProblems.NotFound($"no scoring run {id}"))
            .RequireAuthorization(CrmPolicies.ManagerOrAdmin).Produces<RunView>();
    }

    /// <summary>The run asked for, or the latest finished one; or the 404 that says there is none.</summary>
    internal static async Task<(ScoringRun? Run, IResult? NotFound)> RunOrLatestAsync(ValueScoringDbContext db, long? runId, CancellationToken ct)
    {
        var run = runId is { } id
            ? await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            : await ScoringRunner.LatestAsync(db, ct);
        return run is not null
            ? (run, null)
            : (null, CrmProblems.NotFound(runId is null ? "no scoring run yet: an admin starts one with POST /api/value-scoring/runs" : $"no scoring run {runId}"));
    }
}
