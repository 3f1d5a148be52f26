using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary><c>GET /pool?type=customer</c>: what is in the public pool, oldest first; a type the pool does not hold is a 400.</summary>
public static class ListPoolEndpoint
{
    public static void MapListPool(this IEndpointRouteBuilder api) =>
        api.MapGet("/pool", async (string? type, LeadAssignmentDbContext db, CancellationToken ct) =>
        {
            var rows = db.Pool.AsNoTracking();
            if (type is not null)
            {
                // An empty list for a misspelt type would read as an empty pool.
                if (PoolTypes.Parse(type) is not { } stored)
                    return CrmProblems.Invalid("type", $"'{type}' is not a type the pool holds; use {PoolTypes.Expected}");
                rows = rows.Where(p => p.RecordType == stored);
            }
            return TypedResults.Ok(await rows.OrderBy(p => p.EnteredUtc).ThenBy(p => p.RecordId).Take(1000).ToListAsync(ct));
        }).Produces<List<PoolEntry>>().ProducesValidationProblem();
}
