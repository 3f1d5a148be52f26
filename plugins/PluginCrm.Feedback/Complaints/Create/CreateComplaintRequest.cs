namespace PluginCrm.Feedback.Complaints.Create;

/// <summary>A new complaint; priority and the time as text so a bad value is a field error, not an unreadable body.</summary>
public sealed record CreateComplaintRequest(
    long? CustomerId, string? Subject, string? Description, string? Category = null, string? Channel = null, string? Priority = null,
    string? ReceivedUtc = null, long? OwnerId = null);
