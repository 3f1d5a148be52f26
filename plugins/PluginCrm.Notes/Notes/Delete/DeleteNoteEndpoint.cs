using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;

namespace PluginCrm.Notes.Notes.Delete;

public static class DeleteNoteEndpoint
{
    public static void MapDeleteNote(this IEndpointRouteBuilder api) =>
        api.MapDelete("/{id:long}", async (long id, NotesDbContext db, CancellationToken ct) =>
            await db.Notes.Where(n => n.Id == id).ExecuteDeleteAsync(ct) == 1
                ? Results.NoContent()
                : Results.Problem($"no note {id}", statusCode: 404, title: "Not found"));
}
