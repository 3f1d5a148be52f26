using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Notes.Data;

/// <summary>The notes plugin's own tables, prefixed <c>notes_</c>.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureNotes();
}
