using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Notes.Data;

/// <summary>The notes plugin's table, prefixed <c>notes_</c>.</summary>
public static class NotesModel
{
    public static void ConfigureNotes(this ModelBuilder model)
    {
        model.Entity<Note>(e =>
        {
            e.ToTable("notes_notes");
            e.Property(n => n.Subject).HasMaxLength(100);
            e.Property(n => n.AuthorName).HasMaxLength(320);
            e.HasIndex(n => new { n.Subject, n.CreatedUtc });
        });
    }
}
