using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PluginCrm.Host.Data.Providers;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <summary>
    /// Two-character searches in East Asian scripts (a Chinese name such as 何杰) read the character pairs of the values
    /// that hold such a character, on SQLite (TextIndex); no change to the model, so no snapshot.
    /// </summary>
    [DbContext(typeof(CrmDbContext))]
    [Migration("20261129040000_TextPairs")]
    public partial class TextPairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            TextIndex.Customers.CreatePairs(migrationBuilder);
            TextIndex.Leads.CreatePairs(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TextIndex.Leads.DropPairs(migrationBuilder);
            TextIndex.Customers.DropPairs(migrationBuilder);
            if (migrationBuilder.ActiveProvider == SqliteProvider.EfCoreName)
                migrationBuilder.Sql($"DROP TABLE \"{TextIndex.SqlitePositionsTable}\";");
        }
    }
}
