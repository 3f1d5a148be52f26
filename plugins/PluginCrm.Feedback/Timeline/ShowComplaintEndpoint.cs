using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Feedback.Complaints;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Timeline;

public static class ShowComplaintEndpoint
{
    public static void MapShowComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/{id:long}", async (long id, ClaimsPrincipal principal, ComplaintStore store, ComplaintAccess access, CancellationToken ct) =>
        {
            var row = await access.DemandAsync(id, principal.ToActingUser(), AccessRight.Read, ct);
            return new ComplaintDetail(row.ToRecord(), (await store.TimelineAsync(id, ct)).Select(TimelineEntry.From).ToList());
        });
}
