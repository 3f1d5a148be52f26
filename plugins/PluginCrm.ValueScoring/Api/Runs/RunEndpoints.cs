using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Api.Runs;

public static class RunEndpoints
{
    public static void MapRuns(this IEndpointRouteBuilder api)
    {
        api.MapPost("/runs", async (StartRunRequest? request, ClaimsPrincipal user, ScoringRunner runner, TimeProvider time, CancellationToken ct) =>
        {
            if (ValueScoringEndpoints.RefuseUnlessManager(user) is { } refused)
                return refused;
            var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (request?.AsOf is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                return ValueScoringEndpoints.Field("asOf", $"'{text}' is not a date in the form 2026-01-31");
            var run = await runner.RunAsync(asOf, "api", null, ct);
            return Results.Created($"/api/value-scoring/runs/{run.Id}", RunView.From(run));
        });

        api.MapGet("/runs", async (ClaimsPrincipal user, ValueScoringDbContext db, CancellationToken ct) =>
            ValueScoringEndpoints.RefuseUnlessManager(user)
            ?? Results.Ok((await db.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(ct)).Select(RunView.From)));

        api.MapGet("/runs/{id:long}", async (long id, ClaimsPrincipal user, ValueScoringDbContext db, CancellationToken ct) =>
            ValueScoringEndpoints.RefuseUnlessManager(user)
            ?? (await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } run
                ? Results.Ok(RunView.From(run))
                : ValueScoringEndpoints.NotFound($"no scoring run {id}")));
    }

    /// <summary>The run asked for, or the latest finished one; or the 404 that says there is none.</summary>
    internal static async Task<(ScoringRun? Run, IResult? NotFound)> RunOrLatestAsync(ValueScoringDbContext db, long? runId, CancellationToken ct)
    {
        var run = runId is { } id
            ? await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            : await ScoringRunner.LatestAsync(db, ct);
        return run is not null
            ? (run, null)
            : (null, ValueScoringEndpoints.NotFound(runId is null ? "no scoring run yet: start one with POST /api/value-scoring/runs" : $"no scoring run {runId}"));
    }
}
