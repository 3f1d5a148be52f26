using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.ValueScoring.Data.Migrations;

/// <summary>A customer's scores across runs, for its timeline, without reading every run's rows.</summary>
[DbContext(typeof(ValueScoringDbContext))]
[Migration("20261127170001_ScoresByCustomer")]
public sealed class ScoresByCustomer : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.CreateIndex("ix_value_scoring_scores_customer_run", "value_scoring_scores", ["CustomerId", "RunId"]);

    protected override void Down(MigrationBuilder migration) =>
        migration.DropIndex("ix_value_scoring_scores_customer_run", "value_scoring_scores");
}
