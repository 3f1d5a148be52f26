namespace PluginCrm.Feedback.Data;

/// <summary>One entry of a complaint's timeline: an action, who took it, when, and what was said.</summary>
public sealed class ComplaintEvent
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public DateTime OccurredUtc { get; set; }
    public long? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>create, assign, respond, note, resolve, close or reopen.</summary>
    public required string Kind { get; set; }

    public string? Text { get; set; }
}
