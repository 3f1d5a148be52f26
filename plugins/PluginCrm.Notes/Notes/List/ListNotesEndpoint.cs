using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Notes.Notes.List;

public static class ListNotesEndpoint
{
    /// <summary><c>GET /?subject=customer:42</c>: the newest 200 notes on a record the caller reads (404 for one it may not see).</summary>
    public static void MapListNotes(this IEndpointRouteBuilder api) =>
        api.MapGet("/", async (string? subject, ClaimsPrincipal principal, IRecordAccess access, NotesDbContext db, CancellationToken ct) =>
        {
            var user = principal.ToActingUser();
            var notes = db.Notes.AsNoTracking();
            // Without a subject an admin lists every note; anyone else names the record. A note is read through its subject,
            // and a list across subjects would ask the host about each one in turn (of any type, other plugins' too), page by page.
            if (subject is not null || !access.Meets(user, CrmPolicies.Admin))
            {
                if (!RecordRef.TryParse(subject, out var record))
                    return CrmProblems.Invalid(new Dictionary<string, string[]> { ["subject"] = [NoteSubject.Expected] });
                await access.DemandAsync(user, AccessRight.Read, record, ct);
                var key = record.ToString();
                notes = notes.Where(n => n.Subject == key);
            }
            var page = await notes.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id).Take(200).ToListAsync(ct);
            return TypedResults.Ok(page.Select(NoteRecord.From));
        }).Produces<IEnumerable<NoteRecord>>();
}
