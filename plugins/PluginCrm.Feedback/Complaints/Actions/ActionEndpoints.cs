using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>POST /{id}/assign|respond|note|resolve|close|reopen</c>, each answering the complaint as it now is.</summary>
public static class ActionEndpoints
{
    public static void MapComplaintActions(this IEndpointRouteBuilder complaints)
    {
        Map<AssignAction>(complaints, "assign");
        Map<RespondAction>(complaints, "respond");
        Map<NoteAction>(complaints, "note");
        Map<ResolveAction>(complaints, "resolve");
        Map<CloseAction>(complaints, "close");
        Map<ReopenAction>(complaints, "reopen");
    }

    // Bound at run time (a Delegate): the request delegate generator cannot write code for a type parameter.
    private static void Map<TAction>(IEndpointRouteBuilder complaints, string kind) where TAction : IComplaintAction
    {
        Delegate act = (long id, TAction action, ClaimsPrincipal principal, ComplaintWorkflow workflow, CancellationToken ct) =>
            workflow.ActAsync(id, action, principal.ToActingUser(), ct);
#pragma warning disable RDG002 // a Delegate the generator cannot see into: what is meant
        complaints.MapPost($"/{{id:long}}/{kind}", act);
#pragma warning restore RDG002
    }
}
