using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordKey",
                table: "audit",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sign_in_throttle",
                columns: table => new
                {
                    Email = table.Column<string>(maxLength: 254, nullable: false),
                    Failures = table.Column<int>(nullable: false),
                    FirstFailureUtc = table.Column<DateTime>(nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_throttle", x => x.Email);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_RecordType_RecordKey",
                table: "audit",
                columns: new[] { "RecordType", "RecordKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_throttle");

            migrationBuilder.DropIndex(
                name: "IX_audit_RecordType_RecordKey",
                table: "audit");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "audit");
        }
    }
}
