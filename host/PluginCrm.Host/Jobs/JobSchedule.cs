using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Jobs;

/// <summary>When a job runs next and who holds it now: the lease keeps two host processes from running it twice.</summary>
public sealed class JobSchedule
{
    public required string JobKey { get; set; }
    public DateTime NextRunUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public string? LastOutcome { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The <c>job_schedules</c> table.</summary>
public sealed class JobScheduleConfiguration : IEntityTypeConfiguration<JobSchedule>
{
    public void Configure(EntityTypeBuilder<JobSchedule> e)
    {
        e.ToTable("job_schedules");
        e.HasKey(j => j.JobKey);
        e.Property(j => j.JobKey).HasMaxLength(110);
        e.Property(j => j.LeaseOwner).HasMaxLength(100);
        e.Property(j => j.LastOutcome).HasMaxLength(20);
        e.Property(j => j.LastError).HasMaxLength(2000);
    }
}
