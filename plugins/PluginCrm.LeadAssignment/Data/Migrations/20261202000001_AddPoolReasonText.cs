using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.LeadAssignment.Data.Migrations;

/// <summary>
/// A pool entry's reason as its format and values (JSON), for the console to show in the reader's language. Entries
/// already in the pool keep a null there and show their English reason.
/// </summary>
[DbContext(typeof(LeadAssignmentDbContext))]
[Migration("20261202000001_AddPoolReasonText")]
public sealed class AddPoolReasonText : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("ReasonText", "la_pool", nullable: true);

    protected override void Down(MigrationBuilder migration) =>
        migration.DropColumn("ReasonText", "la_pool");
}
