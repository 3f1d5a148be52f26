using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Training.Events.Register;

/// <summary>
/// <c>/{id}/registrations</c>: register a learner the caller may change, list those whose learner it reads, show one,
/// and cancel one (as whoever may change the learner).
/// </summary>
public static class RegistrationEndpoints
{
    public static void MapRegistrations(this IEndpointRouteBuilder events)
    {
        events.MapPost("/{id:long}/registrations", async (long id, RegisterRequest request, ClaimsPrincipal user, Registering registering, CancellationToken ct) =>
        {
            var registration = await registering.RegisterAsync(id, request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/training/events/{id}/registrations/{registration.Id}", registration);
        });
        events.MapGet("/{id:long}/registrations", async (long id, string? status, ClaimsPrincipal user, RegistrationList list, CancellationToken ct) =>
            TypedResults.Ok(new RegistrationViewList(await list.ListAsync(id, status, user.ToActingUser(), ct))));
        events.MapGet("/{id:long}/registrations/{registrationId:long}", async (long id, long registrationId, ClaimsPrincipal user, Registrants registrants,
            RegistrationList list, CancellationToken ct) =>
        {
            var (_, registration) = await registrants.DemandAsync(id, registrationId, user.ToActingUser(), AccessRight.Read, ct);
            return TypedResults.Ok(await list.ViewAsync(registration, ct));
        });
        events.MapPost("/{id:long}/registrations/{registrationId:long}/cancel", async (long id, long registrationId, ClaimsPrincipal user,
            Registering registering, CancellationToken ct) => TypedResults.Ok(await registering.CancelAsync(id, registrationId, user.ToActingUser(), ct)));
    }
}
