using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Feedback.Data;

/// <summary>The feedback plugin's own tables, prefixed <c>feedback_</c>.</summary>
public sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> Events => Set<ComplaintEvent>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<SurveyInvitation> Invitations => Set<SurveyInvitation>();
    public DbSet<SurveyAnswer> Answers => Set<SurveyAnswer>();
    public DbSet<FeedbackEntry> Entries => Set<FeedbackEntry>();

    protected override void OnModelCreating(ModelBuilder model) => model.ConfigureFeedback();
}
