using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Notes.Notes.Show;

public static class ShowNoteEndpoint
{
    /// <summary><c>GET /{id}</c>: one the caller may not read is 404, as one that does not exist.</summary>
    public static void MapShowNote(this IEndpointRouteBuilder api) =>
        api.MapGet("/{id:long}", async (long id, ClaimsPrincipal principal, IRecordAccess access, NotesDbContext db, CancellationToken ct) =>
        {
            await access.DemandAsync(principal.ToActingUser(), AccessRight.Read, NoteOwnership.Of(id), ct);
            return await db.Notes.FindAsync([id], ct) is { } note ? TypedResults.Ok(NoteRecord.From(note)) : NotesEndpoints.Missing(id);
        }).Produces<NoteRecord>();
}
