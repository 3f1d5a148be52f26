using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

/// <summary>A task (the SDK's <see cref="TaskRecord"/>); its owner is the assignee, stored as <c>AssigneeId</c>.</summary>
public sealed class CrmTask : RecordEntity, IOwned
{
    public string Subject { get; set; } = "";
    public string? Notes { get; set; }
    public DateTime DueUtc { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public TaskPriority Priority { get; set; }
    public bool Done { get; set; }
    public DateTime? DoneUtc { get; set; }

    /// <summary>The record it is about, <c>type:id</c>.</summary>
    public string? RelatedTo { get; set; }
}

/// <summary>The <c>tasks</c> table.</summary>
public sealed class CrmTaskConfiguration : RecordConfiguration<CrmTask>
{
    protected override string Table => "tasks";

    protected override void ConfigureRecord(EntityTypeBuilder<CrmTask> e)
    {
        e.Property(t => t.Subject).HasMaxLength(300);
        e.Property(t => t.OwnerId).HasColumnName("AssigneeId");
        e.Property(t => t.RelatedTo).HasMaxLength(80);
        e.HasIndex(t => new { t.OwnerId, t.Done, t.DueUtc });
        e.HasIndex(t => new { t.Done, t.DueUtc });
        e.HasIndex(t => t.TeamId);
        e.HasIndex(t => t.RelatedTo);
    }
}
