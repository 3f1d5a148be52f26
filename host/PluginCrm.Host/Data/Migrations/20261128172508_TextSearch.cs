using Microsoft.EntityFrameworkCore.Migrations;
using PluginCrm.Host.Data.Providers;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_customers_CompanyId",
                table: "customers",
                column: "CompanyId");

            // Searches for part of a name, e-mail or phone read these instead of every row (TextIndex).
            TextIndex.Customers.Create(migrationBuilder);
            TextIndex.Leads.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TextIndex.Leads.Drop(migrationBuilder);
            TextIndex.Customers.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_customers_CompanyId",
                table: "customers");
        }
    }
}
