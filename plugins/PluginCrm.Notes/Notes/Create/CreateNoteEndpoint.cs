using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Settings;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Notes.Notes.Create;

public static class CreateNoteEndpoint
{
    /// <summary><c>POST / {subject, text}</c>: written by the caller, onto a record it may change.</summary>
    public static void MapCreateNote(this IEndpointRouteBuilder api) =>
        api.MapPost("/", async (CreateNoteRequest request, ClaimsPrincipal principal, IRecordAccess access, NotesDbContext db,
            ISettings<NotesSettings> settings, TimeProvider time, CancellationToken ct) =>
        {
            var user = principal.ToActingUser();
            var limits = await settings.GetAsync(ct);
            var errors = new Dictionary<string, string[]>();
            if (!RecordRef.TryParse(request.Subject, out var subject))
                errors["subject"] = [NoteSubject.Expected];
            else if (await NoteSubject.RefusalAsync(access, user, subject, ct) is { } refusal)
                errors["subject"] = [refusal];
            if (string.IsNullOrWhiteSpace(request.Text))
                errors["text"] = ["is required"];
            else if (request.Text.Length > limits.MaxLength)
                errors["text"] = [$"is {request.Text.Length} characters; the limit is {limits.MaxLength}"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);

            var note = new Note
            {
                Subject = subject!.ToString(), Text = request.Text!.Trim(), CreatedUtc = time.GetUtcNow().UtcDateTime,
                AuthorId = user.UserId, AuthorName = user.Name, AuthorTeamId = user.TeamId,
            };
            db.Notes.Add(note);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/notes/{note.Id}", NoteRecord.From(note));
        }).Produces<NoteRecord>(StatusCodes.Status201Created);
}
