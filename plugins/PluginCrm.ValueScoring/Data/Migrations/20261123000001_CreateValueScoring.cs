using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.ValueScoring.Data.Migrations;

[DbContext(typeof(ValueScoringDbContext))]
[Migration("20261123000001_CreateValueScoring")]
public sealed class CreateValueScoring : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("value_scoring_runs", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            AsOf = t.Column<DateOnly>(nullable: false),
            Trigger = t.Column<string>(maxLength: 20, nullable: false),
            StartedUtc = t.Column<DateTime>(nullable: false),
            FinishedUtc = t.Column<DateTime>(nullable: true),
            Customers = t.Column<int>(nullable: false),
            Warnings = t.Column<int>(nullable: false),
            ParametersJson = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_value_scoring_runs", r => r.Id));

        migration.CreateTable("value_scoring_scores", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            RunId = t.Column<long>(nullable: false),
            CustomerId = t.Column<long>(nullable: false),
            AsOf = t.Column<DateOnly>(nullable: false),
            FirstPurchase = t.Column<DateOnly>(nullable: false),
            LastPurchase = t.Column<DateOnly>(nullable: false),
            RecencyDays = t.Column<int>(nullable: false),
            Frequency = t.Column<int>(nullable: false),
            Monetary = t.Column<long>(nullable: false),
            R = t.Column<int>(nullable: false),
            F = t.Column<int>(nullable: false),
            M = t.Column<int>(nullable: false),
            Segment = t.Column<string>(maxLength: 40, nullable: false),
            AbcClass = t.Column<string>(maxLength: 1, nullable: false),
            AbcShareBefore = t.Column<long>(nullable: false),
            AveragePurchase = t.Column<long>(nullable: false),
            PurchasesPerPeriod = t.Column<long>(nullable: false),
            SimpleClv = t.Column<long>(nullable: false),
            X = t.Column<int>(nullable: false),
            Tx = t.Column<double>(nullable: false),
            T = t.Column<double>(nullable: false),
            Zbar = t.Column<double>(nullable: false),
            ExpectedPurchases = t.Column<double>(nullable: true),
            ProbabilityAlive = t.Column<double>(nullable: true),
            ExpectedSpend = t.Column<double>(nullable: true),
            Clv = t.Column<long>(nullable: true),
            Warning = t.Column<bool>(nullable: false),
            SignalsJson = t.Column<string>(nullable: false),
            UpdatedByOrderId = t.Column<long>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_value_scoring_scores", s => s.Id);
            t.ForeignKey("fk_value_scoring_scores_runs", s => s.RunId, "value_scoring_runs", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_value_scoring_scores_run_customer", "value_scoring_scores", ["RunId", "CustomerId"], unique: true);
        migration.CreateIndex("ix_value_scoring_scores_run_segment", "value_scoring_scores", ["RunId", "Segment"]);
        migration.CreateIndex("ix_value_scoring_scores_run_class", "value_scoring_scores", ["RunId", "AbcClass"]);
        migration.CreateIndex("ix_value_scoring_scores_run_warning", "value_scoring_scores", ["RunId", "Warning"]);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("value_scoring_scores");
        migration.DropTable("value_scoring_runs");
    }
}
