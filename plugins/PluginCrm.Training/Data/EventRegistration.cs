using PluginCrm.Training.Events;

namespace PluginCrm.Training.Data;

/// <summary>
/// A customer (<see cref="CustomerId"/>) or a member of staff (<see cref="UserId"/>) registered for an event: with a seat,
/// waiting for one (first come, first served: in id order), or cancelled. A learner registers again after cancelling
/// with a new row, at the end of the queue; the cancelled one stays as history.
/// </summary>
public sealed class EventRegistration
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public long? CustomerId { get; set; }
    public long? UserId { get; set; }

    /// <summary>confirmed, waiting or cancelled (<see cref="RegistrationStatus"/>).</summary>
    public string Status { get; set; } = RegistrationStatus.Confirmed;
    public long? RegisteredByUserId { get; set; }
    public DateTime RegisteredUtc { get; set; }

    /// <summary>When the seat was given: on registering, or on moving up from the waiting list.</summary>
    public DateTime? ConfirmedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }

    /// <summary>attended or no-show, once the event started (<see cref="AttendanceMarks"/>).</summary>
    public string? Attendance { get; set; }
    public DateTime? AttendanceUtc { get; set; }
    public long? AttendanceByUserId { get; set; }

    /// <summary>When the reminder was dealt with, for the event's current start; cleared when the event moves.</summary>
    public DateTime? RemindedUtc { get; set; }

    /// <summary><c>sent</c>, or why not (<c>no-consent</c>, <c>no-address</c>, ...).</summary>
    public string? ReminderOutcome { get; set; }
    public DateTime? FollowedUpUtc { get; set; }
    public string? FollowUpOutcome { get; set; }
}
