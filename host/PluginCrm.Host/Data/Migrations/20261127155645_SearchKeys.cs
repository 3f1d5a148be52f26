using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <summary>
    /// The stored contact keys that search reads (<c>ContactKeys</c> of the SDK): phone, name and company keys of
    /// customers and leads, name keys of companies. Folding is Unicode NFKC, which SQL cannot do alike on SQLite and
    /// PostgreSQL, so the keys of rows that exist already are computed in C# by <see cref="SearchKeyFill"/>, run once by
    /// the migrate that applies this migration.
    /// </summary>
    public partial class SearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompanyKey",
                table: "leads",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "leads",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "leads",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "customers",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "customers",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "companies",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_leads_PhoneKey",
                table: "leads",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_customers_PhoneKey",
                table: "customers",
                column: "PhoneKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_leads_PhoneKey",
                table: "leads");

            migrationBuilder.DropIndex(
                name: "IX_customers_PhoneKey",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "CompanyKey",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "leads");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "companies");
        }
    }
}
