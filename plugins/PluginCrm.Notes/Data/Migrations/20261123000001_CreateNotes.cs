using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Notes.Data.Migrations;

[DbContext(typeof(NotesDbContext))]
[Migration("20261123000001_CreateNotes")]
public sealed class CreateNotes : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("notes_notes", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            Subject = t.Column<string>(maxLength: 100, nullable: false),
            Text = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_notes_notes", n => n.Id));
        migration.CreateIndex("ix_notes_notes_subject_created", "notes_notes", ["Subject", "CreatedUtc"]);
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("notes_notes");
}
