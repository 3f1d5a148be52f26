namespace PluginCrm.LeadAssignment.Transfers;

/// <summary>A record moved to another owner.</summary>
public sealed record TransferredRecord(string? RecordType, long? RecordId, long? ToOwnerId, string Message);
