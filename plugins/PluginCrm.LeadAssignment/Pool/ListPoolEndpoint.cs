using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary><c>GET /pool?type=customer</c>: what is in the public pool, oldest first.</summary>
public static class ListPoolEndpoint
{
    public static void MapListPool(this IEndpointRouteBuilder api) =>
        api.MapGet("/pool", async (string? type, LeadAssignmentDbContext db, CancellationToken ct) =>
        {
            var rows = db.Pool.AsNoTracking();
            if (type is not null)
                rows = rows.Where(p => p.RecordType == type);
            return await rows.OrderBy(p => p.EnteredUtc).ThenBy(p => p.RecordId).Take(1000).ToListAsync(ct);
        });
}
