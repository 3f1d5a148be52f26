namespace PluginCrm.LeadAssignment.Transfers;

/// <summary>A manager moves a record to another rep, or to the pool (no <see cref="ToOwnerId"/>), with a reason.</summary>
public sealed record TransferRequest(string? RecordType, long? RecordId, long? ToOwnerId, string? Reason, bool OverrideProtection = false);
