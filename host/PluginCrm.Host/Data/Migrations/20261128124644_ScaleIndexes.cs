using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_customers_OwnerId",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_TeamId",
                table: "customers");

            migrationBuilder.CreateIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total",
                table: "orders",
                columns: new[] { "OrderedUtc", "CustomerId", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_OwnerId_DeletedUtc",
                table: "customers",
                columns: new[] { "OwnerId", "DeletedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_TeamId_DeletedUtc",
                table: "customers",
                columns: new[] { "TeamId", "DeletedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_customers_OwnerId_DeletedUtc",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customers_TeamId_DeletedUtc",
                table: "customers");

            migrationBuilder.CreateIndex(
                name: "IX_customers_OwnerId",
                table: "customers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_TeamId",
                table: "customers",
                column: "TeamId");
        }
    }
}
