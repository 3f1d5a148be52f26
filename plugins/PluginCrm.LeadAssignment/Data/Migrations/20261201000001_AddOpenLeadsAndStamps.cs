using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.LeadAssignment.Data.Migrations;

/// <summary>
/// The open-lead counts per owner and the stamps. No counts are written here: without the built stamp the first
/// assignment that needs them counts every open lead, in its own transaction, and keeps the counts from then on.
/// </summary>
[DbContext(typeof(LeadAssignmentDbContext))]
[Migration("20261201000001_AddOpenLeadsAndStamps")]
public sealed class AddOpenLeadsAndStamps : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("la_open_leads", t => new
        {
            OwnerId = t.Column<long>(nullable: false),
            OpenLeads = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_open_leads", o => o.OwnerId));

        migration.CreateTable("la_stamps", t => new
        {
            Name = t.Column<string>(nullable: false),
            Value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_stamps", s => s.Name));
        // There from the start, so two first changes to the rules never both insert it.
        migration.Sql($"""INSERT INTO la_stamps ("Name", "Value") VALUES ('{Stamp.Config}', 0)""");
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("la_open_leads");
        migration.DropTable("la_stamps");
    }
}
