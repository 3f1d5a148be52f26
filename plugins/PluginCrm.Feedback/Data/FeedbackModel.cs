using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Feedback.Data;

/// <summary>The feedback plugin's tables, prefixed <c>feedback_</c>.</summary>
public static class FeedbackModel
{
    public static void ConfigureFeedback(this ModelBuilder model)
    {
        model.Entity<Complaint>(e =>
        {
            e.ToTable("feedback_complaints");
            e.Property(c => c.Priority).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Subject).HasMaxLength(200);
            e.Property(c => c.Category).HasMaxLength(40);
            e.Property(c => c.Channel).HasMaxLength(20);
            e.HasIndex(c => new { c.Status, c.ReceivedUtc });
            e.HasIndex(c => c.OwnerId);
            e.HasIndex(c => c.CustomerId);
        });
        model.Entity<ComplaintEvent>(e =>
        {
            e.ToTable("feedback_complaint_events");
            e.Property(v => v.Kind).HasMaxLength(20);
            e.HasIndex(v => new { v.ComplaintId, v.Id });
        });
        model.ConfigureSurveys();
    }

    private static void ConfigureSurveys(this ModelBuilder model)
    {
        model.Entity<Survey>(e =>
        {
            e.ToTable("feedback_surveys");
            e.Property(s => s.Key).HasMaxLength(60);
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Status).HasMaxLength(20);
            e.HasIndex(s => s.Key).IsUnique();
        });
        model.Entity<SurveyVersion>(e =>
        {
            e.ToTable("feedback_survey_versions");
            e.HasIndex(v => new { v.SurveyId, v.Number }).IsUnique();
        });
        model.Entity<SurveyInvitation>(e =>
        {
            e.ToTable("feedback_survey_invitations");
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.Property(i => i.Wave).HasMaxLength(60);
            e.Property(i => i.RelatedTo).HasMaxLength(80);
            e.HasIndex(i => new { i.SurveyId, i.Wave });
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasIndex(i => new { i.CustomerId, i.CreatedUtc });
        });
        model.Entity<SurveyAnswer>(e =>
        {
            e.ToTable("feedback_survey_answers");
            e.Property(a => a.Channel).HasMaxLength(20);
            e.Property(a => a.RelatedTo).HasMaxLength(80);
            e.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AnswerId);
            e.HasIndex(a => new { a.SurveyId, a.AnsweredUtc });
            e.HasIndex(a => new { a.CustomerId, a.AnsweredUtc });
        });
        model.Entity<FeedbackEntry>(e =>
        {
            e.ToTable("feedback_entries");
            e.Property(f => f.Kind).HasMaxLength(20);
            e.Property(f => f.Category).HasMaxLength(40);
            e.Property(f => f.Channel).HasMaxLength(20);
            e.Property(f => f.Sentiment).HasMaxLength(10);
            e.HasIndex(f => new { f.CustomerId, f.ReceivedUtc });
            e.HasIndex(f => f.ReceivedUtc);
        });
        model.Entity<SurveyAnswerItem>(e =>
        {
            e.ToTable("feedback_survey_answer_items");
            e.Property(i => i.QuestionKey).HasMaxLength(60);
            e.Property(i => i.QuestionType).HasMaxLength(20);
            e.Property(i => i.Sentiment).HasMaxLength(10);
            e.HasIndex(i => new { i.AnswerId, i.QuestionKey });
        });
    }
}
