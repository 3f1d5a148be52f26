using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>POST /{id}/assign|respond|note|resolve|close|reopen</c>, each answering the complaint as it now is.</summary>
public static class ActionEndpoints
{
    // One call per action with its own body type, so the request delegate generator writes each endpoint's code at build
    // time: a handler bound at run time compiles an expression tree in every host (and every tenant) that starts.
    public static void MapComplaintActions(this IEndpointRouteBuilder complaints)
    {
        complaints.MapPost("/{id:long}/assign", (long id, AssignAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
        complaints.MapPost("/{id:long}/respond", (long id, RespondAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
        complaints.MapPost("/{id:long}/note", (long id, NoteAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
        complaints.MapPost("/{id:long}/resolve", (long id, ResolveAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
        complaints.MapPost("/{id:long}/close", (long id, CloseAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
        complaints.MapPost("/{id:long}/reopen", (long id, ReopenAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct));
    }
}
