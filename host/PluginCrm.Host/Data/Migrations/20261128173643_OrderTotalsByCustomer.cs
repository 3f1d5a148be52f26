using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderTotalsByCustomer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_CustomerId_OrderedUtc",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total",
                table: "orders",
                columns: new[] { "CustomerId", "OrderedUtc", "Total" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_CustomerId_OrderedUtc_Total",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_OrderedUtc",
                table: "orders",
                columns: new[] { "CustomerId", "OrderedUtc" });
        }
    }
}
