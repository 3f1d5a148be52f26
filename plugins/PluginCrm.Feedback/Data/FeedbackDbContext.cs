using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Feedback.Data;

/// <summary>The feedback plugin's own tables, prefixed <c>feedback_</c>.</summary>
public sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> Events => Set<ComplaintEvent>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureFeedback();
}
