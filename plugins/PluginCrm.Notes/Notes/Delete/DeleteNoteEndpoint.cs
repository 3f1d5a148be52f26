using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Notes.Notes.Delete;

public static class DeleteNoteEndpoint
{
    /// <summary><c>DELETE /{id}</c>: by the author, the author's team manager or an admin; 403 for a note the caller only reads.</summary>
    public static void MapDeleteNote(this IEndpointRouteBuilder api) =>
        api.MapDelete("/{id:long}", async (long id, ClaimsPrincipal principal, IRecordAccess access, NotesDbContext db, CancellationToken ct) =>
        {
            await access.DemandAsync(principal.ToActingUser(), AccessRight.Change, NoteOwnership.Of(id), ct);
            return await db.Notes.Where(n => n.Id == id).ExecuteDeleteAsync(ct) == 1 ? TypedResults.NoContent() : NotesEndpoints.Missing(id);
        }).Produces(StatusCodes.Status204NoContent);
}
