using Microsoft.EntityFrameworkCore;

namespace PluginCrm.ValueScoring.Data;

/// <summary>The value-scoring plugin's tables, prefixed <c>value_scoring_</c>.</summary>
public sealed class ValueScoringDbContext(DbContextOptions<ValueScoringDbContext> options) : DbContext(options)
{
    public DbSet<ScoringRun> Runs => Set<ScoringRun>();
    public DbSet<ScoreRow> Scores => Set<ScoreRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        // Money as integer ten-thousandths: both providers sort and sum it in the database.
        conventions.Properties<decimal>().HaveConversion<MoneyConverter>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureValueScoring();
}
