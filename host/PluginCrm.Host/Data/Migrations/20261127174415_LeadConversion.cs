using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class LeadConversion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ConvertedDealId",
                table: "leads",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "CustomerId",
                table: "interactions",
                nullable: true,
                oldClrType: typeof(long));

            migrationBuilder.AddColumn<long>(
                name: "LeadId",
                table: "interactions",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_interactions_LeadId",
                table: "interactions",
                column: "LeadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_interactions_LeadId",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "ConvertedDealId",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "LeadId",
                table: "interactions");

            migrationBuilder.AlterColumn<long>(
                name: "CustomerId",
                table: "interactions",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldNullable: true);
        }
    }
}
