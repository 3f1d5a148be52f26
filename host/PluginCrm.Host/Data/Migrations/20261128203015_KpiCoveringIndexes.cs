using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class KpiCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total_DeletedUtc",
                table: "orders",
                columns: new[] { "CustomerId", "OrderedUtc", "Total", "DeletedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total_DeletedUtc",
                table: "orders",
                columns: new[] { "OrderedUtc", "CustomerId", "Total", "DeletedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_OwnerId_TeamId_Stage_CreatedUtc_UpdatedUtc_DeletedUtc",
                table: "customers",
                columns: new[] { "OwnerId", "TeamId", "Stage", "CreatedUtc", "UpdatedUtc", "DeletedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total_DeletedUtc",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total_DeletedUtc",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_customers_OwnerId_TeamId_Stage_CreatedUtc_UpdatedUtc_DeletedUtc",
                table: "customers");

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total",
                table: "orders",
                columns: new[] { "CustomerId", "OrderedUtc", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_OrderedUtc_CustomerId_Total",
                table: "orders",
                columns: new[] { "OrderedUtc", "CustomerId", "Total" });
        }
    }
}
