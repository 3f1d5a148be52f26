using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Training.Data;

/// <summary>The training plugin's tables, prefixed <c>training_</c>.</summary>
public static class TrainingModel
{
    public static void ConfigureTraining(this ModelBuilder model)
    {
        model.Entity<Course>(e =>
        {
            e.ToTable("training_courses");
            e.Property(c => c.Key).HasMaxLength(60);
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.Audience).HasMaxLength(20);
            e.Property(c => c.Status).HasMaxLength(20);
            e.HasIndex(c => c.Key).IsUnique();
        });
        model.Entity<CourseVersion>(e =>
        {
            e.ToTable("training_course_versions");
            e.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        });
        model.Entity<Enrolment>(e =>
        {
            e.ToTable("training_enrolments");
            e.Property(n => n.Source).HasMaxLength(20);
            e.HasIndex(n => new { n.CourseId, n.CustomerId }).IsUnique();
            e.HasIndex(n => new { n.CourseId, n.UserId }).IsUnique();
            e.HasIndex(n => n.CustomerId);
            e.HasIndex(n => n.UserId);
        });
        model.Entity<LessonProgress>(e =>
        {
            e.ToTable("training_lesson_progress");
            e.Property(p => p.LessonKey).HasMaxLength(60);
            e.HasIndex(p => new { p.EnrolmentId, p.LessonKey }).IsUnique();
        });
        model.Entity<QuizAttempt>(e =>
        {
            e.ToTable("training_quiz_attempts");
            e.Property(a => a.LessonKey).HasMaxLength(60);
            e.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AttemptId);
            e.HasIndex(a => new { a.EnrolmentId, a.LessonKey, a.Number }).IsUnique();
        });
        model.Entity<AttemptItem>(e =>
        {
            e.ToTable("training_attempt_items");
            e.Property(i => i.QuestionKey).HasMaxLength(60);
        });
        model.Entity<Certificate>(e =>
        {
            e.ToTable("training_certificates");
            e.Property(c => c.Code).HasMaxLength(20);
            e.Property(c => c.LearnerName).HasMaxLength(200);
            e.Property(c => c.RevokedReason).HasMaxLength(500);
            e.HasIndex(c => c.Code).IsUnique();
            e.HasIndex(c => c.EnrolmentId).IsUnique();
        });
        model.Entity<LearnerLink>(e =>
        {
            e.ToTable("training_learner_links");
            e.Property(l => l.TokenHash).HasMaxLength(64);
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasIndex(l => new { l.CourseId, l.CustomerId });
        });
    }
}
