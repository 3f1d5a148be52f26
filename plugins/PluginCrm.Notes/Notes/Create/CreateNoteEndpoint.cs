using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Notes.Notes.Create;

public static partial class CreateNoteEndpoint
{
    [GeneratedRegex("^[a-z][a-z0-9_-]*:[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SubjectPattern();

    public static void MapCreateNote(this IEndpointRouteBuilder api) =>
        api.MapPost("/", async (CreateNoteRequest request, NotesDbContext db, ISettings<NotesSettings> settings, TimeProvider time, CancellationToken ct) =>
        {
            var limits = await settings.GetAsync(ct);
            var errors = new Dictionary<string, string[]>();
            if (request.Subject is null || !SubjectPattern().IsMatch(request.Subject))
                errors["subject"] = ["must name a record as kind:id, e.g. customer:42"];
            if (string.IsNullOrWhiteSpace(request.Text))
                errors["text"] = ["is required"];
            else if (request.Text.Length > limits.MaxLength)
                errors["text"] = [$"is {request.Text.Length} characters; the limit is {limits.MaxLength}"];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);

            var note = new Note { Subject = request.Subject!, Text = request.Text!.Trim(), CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Notes.Add(note);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/notes/{note.Id}", NoteResponse.From(note));
        });
}
