using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Notes.Data.Migrations;

/// <summary>Who wrote each note, so that the owner rule applies to notes; the notes already there get no author.</summary>
[DbContext(typeof(NotesDbContext))]
[Migration("20261127000001_AddNoteAuthors")]
public sealed class AddNoteAuthors : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<long>("AuthorId", "notes_notes", nullable: true);
        migration.AddColumn<string>("AuthorName", "notes_notes", maxLength: 320, nullable: true);
        migration.AddColumn<long>("AuthorTeamId", "notes_notes", nullable: true);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropColumn("AuthorId", "notes_notes");
        migration.DropColumn("AuthorName", "notes_notes");
        migration.DropColumn("AuthorTeamId", "notes_notes");
    }
}
