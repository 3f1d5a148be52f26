using Microsoft.EntityFrameworkCore;

namespace PluginCrm.ValueScoring.Data;

public static class ValueScoringModel
{
    public static void ConfigureValueScoring(this ModelBuilder model)
    {
        model.Entity<ScoringRun>(e =>
        {
            e.ToTable("value_scoring_runs");
            e.Property(r => r.Trigger).HasMaxLength(20);
        });
        model.Entity<ScoreRow>(e =>
        {
            e.ToTable("value_scoring_scores");
            e.Property(s => s.Segment).HasMaxLength(40);
            e.Property(s => s.AbcClass).HasMaxLength(1);
            e.HasIndex(s => new { s.RunId, s.CustomerId }).IsUnique();
            e.HasIndex(s => new { s.RunId, s.Segment });
            e.HasIndex(s => new { s.RunId, s.AbcClass });
            e.HasIndex(s => new { s.RunId, s.Warning });
            e.HasIndex(s => new { s.CustomerId, s.RunId }); // a customer's timeline
            e.HasOne<ScoringRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
