using PluginCrm.Notes.Data;

namespace PluginCrm.Notes.Notes;

public sealed record NoteRecord(long Id, string Subject, string Text, DateTime CreatedUtc, long? AuthorId, string? AuthorName)
{
    public static NoteRecord From(Note note) => new(note.Id, note.Subject, note.Text, note.CreatedUtc, note.AuthorId, note.AuthorName);
}
