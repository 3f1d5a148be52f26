using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Bench.Plugin.Data.Migrations;

[DbContext(typeof(BenchDbContext))]
[Migration("20261201000001_CreateBareCustomers")]
public sealed class CreateBareCustomers : Migration
{
    // The email index matches the host's customers table, so the baseline writes the same kind of row and index entry.
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("bench_customers", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Email = t.Column<string>(maxLength: 254, nullable: true),
            Tags = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_bench_customers", c => c.Id));
        migration.CreateIndex("ix_bench_customers_email", "bench_customers", "Email");
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("bench_customers");
}
