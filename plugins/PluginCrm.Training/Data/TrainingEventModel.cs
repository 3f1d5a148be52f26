using Microsoft.EntityFrameworkCore;
using PluginCrm.Training.Events;

namespace PluginCrm.Training.Data;

/// <summary>The tables of training events and their registrations, prefixed <c>training_</c>.</summary>
public static class TrainingEventModel
{
    /// <summary>A learner holds one live registration per event: the unique indexes leave cancelled ones out.</summary>
    public const string LiveRegistration = "\"Status\" <> '" + RegistrationStatus.Cancelled + "'";

    public static void ConfigureTrainingEvents(this ModelBuilder model)
    {
        model.Entity<TrainingEvent>(e =>
        {
            e.ToTable("training_events");
            e.Property(v => v.Title).HasMaxLength(200);
            e.Property(v => v.Kind).HasMaxLength(20);
            e.Property(v => v.Audience).HasMaxLength(20);
            e.Property(v => v.Place).HasMaxLength(300);
            e.Property(v => v.OnlineLink).HasMaxLength(500);
            e.Property(v => v.Description).HasMaxLength(4000);
            e.Property(v => v.Status).HasMaxLength(20);
            e.Property(v => v.CancelReason).HasMaxLength(500);
            e.HasIndex(v => v.StartsUtc);
        });
        model.Entity<EventRegistration>(e =>
        {
            e.ToTable("training_event_registrations");
            e.Property(r => r.Status).HasMaxLength(20);
            e.Property(r => r.Attendance).HasMaxLength(20);
            e.Property(r => r.ReminderOutcome).HasMaxLength(40);
            e.Property(r => r.FollowUpOutcome).HasMaxLength(40);
            e.HasIndex(r => new { r.EventId, r.CustomerId }).IsUnique().HasFilter(LiveRegistration);
            e.HasIndex(r => new { r.EventId, r.UserId }).IsUnique().HasFilter(LiveRegistration);
            e.HasIndex(r => new { r.EventId, r.Status });
            e.HasIndex(r => r.CustomerId);
            e.HasIndex(r => r.UserId);
        });
    }
}
