using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Acme.Loyalty.Data.Migrations;

/// <summary>Points given by hand: a table of their own, so the awards keep one row per order.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261201000002_CreateGrants")]
public sealed class CreateGrants : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("loyalty_grants", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            CustomerId = t.Column<long>(nullable: false),
            Points = t.Column<long>(nullable: false),
            Reason = t.Column<string>(maxLength: 200, nullable: false),
            GrantedBy = t.Column<long>(nullable: true),
            GrantedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_loyalty_grants", g => g.Id));
        migration.CreateIndex("ix_loyalty_grants_customer", "loyalty_grants", "CustomerId");
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("loyalty_grants");
}
