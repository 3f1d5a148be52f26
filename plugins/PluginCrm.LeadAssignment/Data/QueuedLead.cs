namespace PluginCrm.LeadAssignment.Data;

/// <summary>A lead that matched a rule no available rep could take (all at their caps); assigned when one can.</summary>
public sealed class QueuedLead
{
    public long LeadId { get; set; }
    public long RuleId { get; set; }
    public DateTime QueuedUtc { get; set; }
}
