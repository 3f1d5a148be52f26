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
    }
}
