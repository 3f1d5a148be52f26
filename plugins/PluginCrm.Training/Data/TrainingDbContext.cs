using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Training.Data;

/// <summary>The training plugin's own tables, prefixed <c>training_</c>.</summary>
public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<LessonProgress> Progress => Set<LessonProgress>();
    public DbSet<QuizAttempt> Attempts => Set<QuizAttempt>();
    public DbSet<AttemptItem> AttemptItems => Set<AttemptItem>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<LearnerLink> Links => Set<LearnerLink>();
    public DbSet<TrainingEvent> Events => Set<TrainingEvent>();
    public DbSet<EventRegistration> Registrations => Set<EventRegistration>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ConfigureTraining();
        model.ConfigureTrainingEvents();
    }
}
