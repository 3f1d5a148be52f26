using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary>
/// <c>GET /queue</c> (managers and admins): leads a rule matched but no rep could take (all at their caps or away),
/// oldest first; of them, those the caller reads (a queued lead belongs to its rule's team, so a manager sees its team's).
/// </summary>
public static class ListQueueEndpoint
{
    public static void MapListQueue(this IEndpointRouteBuilder api) =>
        api.MapGet("/queue", async (HttpContext http, LeadAssignmentDbContext db, IRecordAccess access, CancellationToken ct) =>
        {
            var leads = await access.ScopeAsync(http.User.ToActingUser(), RecordTypes.Lead, ct);
            var (all, ids) = (leads.All, leads.Ids);
            return await db.Queue.AsNoTracking().Where(q => all || ids.Contains(q.LeadId))
                .OrderBy(q => q.QueuedUtc).ThenBy(q => q.LeadId).Take(1000).ToListAsync(ct);
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin);
}
