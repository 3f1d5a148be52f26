using Microsoft.EntityFrameworkCore;
using PluginCrm.Notes.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Notes.Notes;

/// <summary>
/// Tells the host's <see cref="IRecordAccess"/> who a note belongs to, so that it answers for <c>note:ID</c>: read by its
/// author (and the author's team manager) and by whoever reads its subject; changed by the author, that manager or an admin.
/// A note without an author (written before authors were kept) follows its subject in everything.
/// </summary>
public sealed class NoteOwnership(NotesDbContext db) : IRecordOwnership
{
    public const string RecordType = "note";

    public static RecordRef Of(long id) => new(RecordType, id);

    public async Task<OwnedRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.Notes.AsNoTracking().Where(n => n.Id == id).Select(n => new { n.AuthorId, n.AuthorTeamId, n.Subject }).SingleOrDefaultAsync(cancellationToken) is { } note
            ? new OwnedRecord(new RecordOwner(note.AuthorId, note.AuthorTeamId), RecordRef.TryParse(note.Subject, out var subject) ? subject : null)
            : null;
}
