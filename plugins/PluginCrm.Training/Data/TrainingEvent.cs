using PluginCrm.Training.Events;

namespace PluginCrm.Training.Data;

/// <summary>
/// An education event (发布会, 研讨会, 用户大会): a launch, seminar, meetup or webinar for customers or for staff, at a
/// place or online, with seats for <see cref="Capacity"/> registrants and a waiting list beyond them.
/// </summary>
public sealed class TrainingEvent
{
    public long Id { get; set; }
    public string Title { get; set; } = "";

    /// <summary>launch, seminar, meetup or webinar (<see cref="EventKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>customers or staff: who registers.</summary>
    public string Audience { get; set; } = "";
    public DateTime StartsUtc { get; set; }
    public DateTime EndsUtc { get; set; }
    public string? Place { get; set; }
    public string? OnlineLink { get; set; }

    /// <summary>Seats; null: as many as register.</summary>
    public int? Capacity { get; set; }

    /// <summary>The course the event goes with, if any (its launch, a seminar on it).</summary>
    public long? CourseId { get; set; }
    public string? Description { get; set; }

    /// <summary>scheduled or cancelled (<see cref="EventStatus"/>).</summary>
    public string Status { get; set; } = EventStatus.Scheduled;
    public DateTime? CancelledUtc { get; set; }
    public string? CancelReason { get; set; }
    public long? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
