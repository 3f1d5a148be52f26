using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Api.Runs;
using PluginCrm.ValueScoring.Api.Scores;
using PluginCrm.ValueScoring.Data;

namespace PluginCrm.ValueScoring.Api.Kpis;

public static class KpiEndpoints
{
    // Every signed-in user gets the KPIs of its own book, computed over the customers it reads: a rep's customers, a
    // manager's team's, an admin's all. That is the screen each of them works from, and a distribution over a scope
    // (its deciles' bounds are single customers' values) shows nothing of a customer outside it. Refusing reps would
    // hide their own numbers from them; showing managers the whole company would show other teams' customers.
    public static void MapKpis(this IEndpointRouteBuilder api)
    {
        api.MapGet("/kpis", async (long? runId, ClaimsPrincipal user, IRecordAccess access, ValueScoringDbContext db, CancellationToken ct) =>
        {
            var (run, missing) = await RunEndpoints.RunOrLatestAsync(db, runId, ct);
            if (run is null)
                return missing!;
            var rows = await (await VisibleScores.OfRunAsync(db, access, user.ToActingUser(), run.Id, ct))
                .Select(s => new { s.Segment, s.AbcClass, s.Monetary, s.Clv, s.SimpleClv, s.Warning }).ToListAsync(ct);
            var probabilistic = rows.Count > 0 && rows.All(r => r.Clv is not null);
            var clv = rows.Select(r => probabilistic ? r.Clv!.Value : r.SimpleClv).Order().ToList();
            var value = rows.Where(r => r.Monetary > 0).Sum(r => r.Monetary);
            var segments = rows.GroupBy(r => r.Segment).Select(g => new CountOf(g.Key, g.Count(), Share(g.Sum(r => Math.Max(0, r.Monetary)), value)))
                .OrderByDescending(c => c.Customers).ThenBy(c => c.Name).ToList();
            var classes = rows.GroupBy(r => r.AbcClass).Select(g => new CountOf(g.Key, g.Count(), Share(g.Sum(r => Math.Max(0, r.Monetary)), value)))
                .OrderBy(c => c.Name).ToList();
            return TypedResults.Ok(new ValueDistribution(run.Id, run.AsOf, rows.Count, rows.Count(r => r.Warning), segments, classes, Spread(probabilistic ? "clv" : "simpleClv", clv)));
        }).Produces<ValueDistribution>();

        // A manager compares CLV with acquisition cost (DOMAIN.md, the cost side). The host says which customers are the
        // period's new ones and what they cost (ICrmKpis, as /api/kpis/acquisition computes it for this caller); this adds
        // what they are worth, over the scores of the customers the caller reads.
        api.MapGet("/kpis/acquisition", async (HttpContext http, IRecordAccess access, ICrmKpis kpis, ValueScoringDbContext db, CancellationToken ct) =>
        {
            var (query, errors) = AcquisitionQuery.Parse(http.Request.Query);
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);
            var (run, missing) = await RunEndpoints.RunOrLatestAsync(db, query.RunId, ct);
            if (run is null)
                return missing!;
            var user = http.User.ToActingUser();
            var cost = await kpis.AcquisitionAsync(user, query.From, query.To, query.TeamId, ct);
            var newIds = cost.NewCustomerIds.ToList();
            var rows = await (await VisibleScores.OfRunAsync(db, access, user, run.Id, ct))
                .Where(s => newIds.Contains(s.CustomerId)).Select(s => new { s.Clv, s.SimpleClv }).ToListAsync(ct);
            var probabilistic = rows.Count > 0 && rows.All(r => r.Clv is not null);
            decimal? average = rows.Count == 0 ? null : rows.Sum(r => probabilistic ? r.Clv!.Value : r.SimpleClv) / rows.Count;
            decimal? ratio = average is { } clv && cost.CostPerNewCustomer is { } perCustomer && perCustomer != 0 ? clv / perCustomer : null;
            return TypedResults.Ok(new ClvToAcquisitionCost(run.Id, run.AsOf, query.From, query.To, query.TeamId, probabilistic ? "clv" : "simpleClv",
                newIds.Count, rows.Count, average, cost.CostPerNewCustomer, ratio));
        }).Produces<ClvToAcquisitionCost>();
    }

    private static decimal Share(decimal part, decimal total) => total > 0 ? Math.Round(part / total * 100, 2) : 0;

    /// <summary>Quantiles by the nearest-rank rule (the ⌈q·n⌉-th smallest), deciles as ten equal-count slices.</summary>
    private static ClvSpread Spread(string measure, List<decimal> sorted)
    {
        if (sorted.Count == 0)
            return new ClvSpread(measure, 0, 0, 0, 0, 0, 0, 0, []);
        decimal Q(double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];
        var deciles = Enumerable.Range(0, 10)
            .Select(d => (Decile: d + 1, Slice: sorted.Skip(d * sorted.Count / 10).Take((d + 1) * sorted.Count / 10 - d * sorted.Count / 10).ToList()))
            .Where(d => d.Slice.Count > 0)
            .Select(d => new ClvBucket(d.Decile, d.Slice[0], d.Slice[^1], d.Slice.Count, d.Slice.Sum()))
            .ToList();
        var total = sorted.Sum();
        return new ClvSpread(measure, total, Math.Round(total / sorted.Count, 2), Q(0.1), Q(0.25), Q(0.5), Q(0.75), Q(0.9), deciles);
    }
}
