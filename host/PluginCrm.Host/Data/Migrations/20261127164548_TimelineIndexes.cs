using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class TimelineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_notifications_CustomerId_FinishedUtc",
                table: "notifications",
                columns: new[] { "CustomerId", "FinishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_CustomerId_CreatedUtc",
                table: "deals",
                columns: new[] { "CustomerId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_CustomerId_FinishedUtc",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "IX_deals_CustomerId_CreatedUtc",
                table: "deals");
        }
    }
}
