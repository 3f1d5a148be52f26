using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Training.Events.Schedule;

/// <summary>The calendar: everyone signed in reads it; managers and admins schedule, change and call off events.</summary>
public static class ScheduleEndpoints
{
    public static void MapSchedule(this IEndpointRouteBuilder events)
    {
        events.MapGet("/", async (DateTime? from, DateTime? to, string? audience, string? kind, string? status, int? page, int? pageSize,
            EventCatalogue catalogue, CancellationToken ct) =>
            TypedResults.Ok(await catalogue.ListAsync(new EventFilter(from, to, audience, kind, status, page ?? 1, pageSize ?? 50), ct)));
        events.MapGet("/{id:long}", async (long id, EventCatalogue catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.ShowAsync(id, ct)));
        events.MapPost("/", async (EventRequest request, ClaimsPrincipal user, EventSchedule schedule, CancellationToken ct) =>
        {
            var created = await schedule.CreateAsync(request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/training/events/{created.Id}", created);
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin);
        events.MapPut("/{id:long}", async (long id, EventRequest request, EventSchedule schedule, CancellationToken ct) =>
            TypedResults.Ok(await schedule.ReplaceAsync(id, request, ct))).RequireAuthorization(CrmPolicies.ManagerOrAdmin);
        events.MapPost("/{id:long}/cancel", async (long id, CancelEventRequest? request, EventSchedule schedule, CancellationToken ct) =>
            TypedResults.Ok(await schedule.CancelAsync(id, request ?? new CancelEventRequest(), ct))).RequireAuthorization(CrmPolicies.ManagerOrAdmin);
    }
}
