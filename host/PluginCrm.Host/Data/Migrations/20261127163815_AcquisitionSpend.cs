using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class AcquisitionSpend : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "spend",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    From = table.Column<DateOnly>(nullable: false),
                    To = table.Column<DateOnly>(nullable: false),
                    TeamId = table.Column<long>(nullable: true),
                    Kind = table.Column<string>(maxLength: 20, nullable: false),
                    Amount = table.Column<long>(nullable: false),
                    Currency = table.Column<string>(maxLength: 3, nullable: false),
                    Note = table.Column<string>(maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spend", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_spend_From_To",
                table: "spend",
                columns: new[] { "From", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_spend_TeamId",
                table: "spend",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "spend");
        }
    }
}
