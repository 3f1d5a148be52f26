using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Notes.Data;

/// <summary>The notes plugin's own tables, prefixed <c>notes_</c>.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder model) => model.Entity<Note>(e =>
    {
        e.ToTable("notes_notes");
        e.Property(n => n.Subject).HasMaxLength(100);
        e.Property(n => n.AuthorName).HasMaxLength(320);
        e.HasIndex(n => new { n.Subject, n.CreatedUtc });
    });
}
