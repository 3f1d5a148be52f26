using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

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
