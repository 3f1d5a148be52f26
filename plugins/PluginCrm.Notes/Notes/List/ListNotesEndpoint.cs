using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;

namespace PluginCrm.Notes.Notes.List;

public static class ListNotesEndpoint
{
    public static void MapListNotes(this IEndpointRouteBuilder api)
    {
        api.MapGet("/", async (string? subject, NotesDbContext db, CancellationToken ct) =>
        {
            var notes = db.Notes.AsNoTracking();
            if (subject is not null)
                notes = notes.Where(n => n.Subject == subject);
            var page = await notes.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id).Take(200).ToListAsync(ct);
            return page.Select(NoteResponse.From);
        });

        api.MapGet("/{id:long}", async (long id, NotesDbContext db, CancellationToken ct) =>
            await db.Notes.FindAsync([id], ct) is { } note
                ? Results.Ok(NoteResponse.From(note))
                : Results.Problem($"no note {id}", statusCode: 404, title: "Not found"));
    }
}
