using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Data;

/// <summary>The stored row of a <see cref="ComplaintRecord"/> (the SDK record is immutable; EF wants a mutable entity).</summary>
public sealed class Complaint
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public required string Category { get; set; }
    public required string Channel { get; set; }
    public ComplaintPriority Priority { get; set; }
    public ComplaintStatus Status { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public DateTime RespondByUtc { get; set; }
    public DateTime ResolveByUtc { get; set; }
    public DateTime? FirstResponseUtc { get; set; }
    public DateTime? ResolvedUtc { get; set; }
    public string? Resolution { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public int ReopenCount { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public long Version { get; set; }

    public ComplaintRecord ToRecord() => new(Id, CustomerId, Subject, Description, Category, Channel, Priority, Status, OwnerId, TeamId,
        ReceivedUtc, RespondByUtc, ResolveByUtc, FirstResponseUtc, ResolvedUtc, Resolution, ClosedUtc, ReopenCount, CreatedUtc, UpdatedUtc, Version);

    public static Complaint From(ComplaintRecord r) => new()
    {
        Id = r.Id, CustomerId = r.CustomerId, Subject = r.Subject, Description = r.Description, Category = r.Category, Channel = r.Channel,
        Priority = r.Priority, Status = r.Status, OwnerId = r.OwnerId, TeamId = r.TeamId, ReceivedUtc = r.ReceivedUtc,
        RespondByUtc = r.RespondByUtc, ResolveByUtc = r.ResolveByUtc, FirstResponseUtc = r.FirstResponseUtc, ResolvedUtc = r.ResolvedUtc,
        Resolution = r.Resolution, ClosedUtc = r.ClosedUtc, ReopenCount = r.ReopenCount, CreatedUtc = r.CreatedUtc, UpdatedUtc = r.UpdatedUtc,
        Version = r.Version,
    };
}
