using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary><c>GET /queue</c>: leads a rule matched but no rep could take (all at their caps or away), oldest first.</summary>
public static class ListQueueEndpoint
{
    public static void MapListQueue(this IEndpointRouteBuilder api) =>
        api.MapGet("/queue", async (AssignmentDbContext db, CancellationToken ct) =>
            await db.Queue.AsNoTracking().OrderBy(q => q.QueuedUtc).ThenBy(q => q.LeadId).Take(1000).ToListAsync(ct));
}
