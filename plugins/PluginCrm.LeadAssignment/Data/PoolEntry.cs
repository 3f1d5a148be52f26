namespace PluginCrm.LeadAssignment.Data;

/// <summary>A customer or lead in the public pool (公海): no owner, visible to every rep, claimable.</summary>
public sealed class PoolEntry
{
    public required string RecordType { get; set; }
    public long RecordId { get; set; }
    public long? FormerOwnerId { get; set; }
    public required string Reason { get; set; }
    public DateTime EnteredUtc { get; set; }
}
