using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "record_shares",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    RecordType = table.Column<string>(maxLength: 20, nullable: false),
                    RecordId = table.Column<long>(nullable: false),
                    PluginId = table.Column<string>(maxLength: 40, nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_shares", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_record_shares_RecordType_RecordId_PluginId",
                table: "record_shares",
                columns: new[] { "RecordType", "RecordId", "PluginId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_shares");
        }
    }
}
