using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Acme.Loyalty.Data.Migrations;

/// <summary>Written by hand, as every change of the plugin's tables is: the host applies it before the plugin starts.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261201000001_CreateAwards")]
public sealed class CreateAwards : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("loyalty_awards", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            CustomerId = t.Column<long>(nullable: false),
            OrderId = t.Column<long>(nullable: false),
            Points = t.Column<long>(nullable: false),
            AwardedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_loyalty_awards", a => a.Id));
        migration.CreateIndex("ix_loyalty_awards_customer", "loyalty_awards", "CustomerId");
        migration.CreateIndex("ux_loyalty_awards_order", "loyalty_awards", "OrderId", unique: true);
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("loyalty_awards");
}
