using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Data;

/// <summary>A customer or lead in the public pool (公海): no owner, visible to every rep, claimable.</summary>
public sealed class PoolEntry
{
    private DayText? reasonText;

    public required string RecordType { get; set; }
    public long RecordId { get; set; }
    public long? FormerOwnerId { get; set; }

    /// <summary>Why it is in the pool, in English.</summary>
    public required string Reason { get; set; }

    /// <summary>
    /// The same reason as its English format and the values that fill it, which the console shows in the reader's language.
    /// Entries from before it was kept have none stored (the column is null): their English reason stands in, as it is.
    /// </summary>
    public DayText ReasonText { get => reasonText ?? DayText.Plain(Reason); set => reasonText = value; }

    public DateTime EnteredUtc { get; set; }
}
