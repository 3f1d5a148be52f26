using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.ValueScoring.Api.Runs;
using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Explain;
using PluginCrm.Sdk.Http;

namespace PluginCrm.ValueScoring.Api.Scores;

public static class ScoreEndpoints
{
    private static readonly string[] Signals =
        [ChurnSignals.Silence, ChurnSignals.FallingSpend, ChurnSignals.LowProbabilityAlive, ChurnSignals.OpenComplaints, ChurnSignals.Detractor, ChurnSignals.LowSatisfaction];

    public static void MapScores(this IEndpointRouteBuilder api)
    {
        // GET /scores?runId=&segment=&class=&warning=true|false|<a signal: silence, detractor, ...>&page=&pageSize=
        api.MapGet("/scores", async (long? runId, string? segment, string? @class, string? warning, int? page, int? pageSize,
            ClaimsPrincipal user, IRecordAccess access, ValueScoringDbContext db, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (page is < 1)
                errors["page"] = ["must be 1 or more"];
            if (pageSize is < 1 or > 500)
                errors["pageSize"] = ["must be from 1 to 500"];
            if (@class is not null and not ("A" or "B" or "C"))
                errors["class"] = [$"'{@class}' is not A, B or C"];
            if (warning is not null and not ("true" or "false") && !Signals.Contains(warning))
                errors["warning"] = [$"'{warning}' is not true, false or a signal ({string.Join(", ", Signals)})"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);
            var (run, missing) = await RunEndpoints.RunOrLatestAsync(db, runId, ct);
            if (run is null)
                return missing!;

            var rows = await VisibleScores.OfRunAsync(db, access, user.ToActingUser(), run.Id, ct);
            if (segment is not null)
                rows = rows.Where(s => s.Segment == segment);
            if (@class is not null)
                rows = rows.Where(s => s.AbcClass == @class);
            rows = warning switch
            {
                null => rows,
                "true" => rows.Where(s => s.Warning),
                "false" => rows.Where(s => !s.Warning),
                // a fired signal is stored as {"name":"silence","fired":true,...}
                _ => rows.Where(s => s.SignalsJson.Contains($"\"name\":\"{warning}\",\"fired\":true")),
            };
            var (number, size) = (page ?? 1, pageSize ?? 50);
            var total = await rows.CountAsync(ct);
            var items = await rows.OrderBy(s => s.CustomerId).Skip((number - 1) * size).Take(size).ToListAsync(ct);
            return TypedResults.Ok(new ScorePage(run.Id, run.AsOf, items.Select(ScoreView.From).ToList(), number, size, total));
        }).Produces<ScorePage>();

        api.MapGet("/scores/{customerId:long}", async (long customerId, long? runId, ClaimsPrincipal user, IRecordAccess access, ValueScoringDbContext db, CancellationToken ct) =>
        {
            var (run, missing) = await RunEndpoints.RunOrLatestAsync(db, runId, ct);
            if (run is null)
                return missing!;
            // A customer the caller may not read answers as one without a score (or without a record): same status, same words.
            var row = await access.AllowsAsync(user.ToActingUser(), AccessRight.Read, new RecordRef(RecordTypes.Customer, customerId), ct)
                ? await db.Scores.AsNoTracking().SingleOrDefaultAsync(s => s.RunId == run.Id && s.CustomerId == customerId, ct)
                : null;
            return row is null
                ? CrmProblems.NotFound($"customer {customerId} has no score in run {run.Id}: it is not a customer you can see with a purchase by {run.AsOf:yyyy-MM-dd}")
                : TypedResults.Ok(ScoreExplainer.Explain(run, row));
        }).Produces<ScoreExplanation>();
    }
}
