namespace PluginCrm.LeadAssignment.Pool.Claim;

/// <summary>A pool record the caller now owns.</summary>
public sealed record ClaimedRecord(string RecordType, long RecordId, string Message);
