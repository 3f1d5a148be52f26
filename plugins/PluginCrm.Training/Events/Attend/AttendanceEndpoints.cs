using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Training.Events.Attend;

/// <summary><c>POST /{id}/registrations/{registrationId}/attendance</c>: attended or no-show, by whoever may change the learner.</summary>
public static class AttendanceEndpoints
{
    public static void MapAttendance(this IEndpointRouteBuilder events) =>
        events.MapPost("/{id:long}/registrations/{registrationId:long}/attendance", async (long id, long registrationId, AttendanceRequest request,
            ClaimsPrincipal user, AttendanceMarking marking, CancellationToken ct) =>
            TypedResults.Ok(await marking.MarkAsync(id, registrationId, request, user.ToActingUser(), ct)));
}
