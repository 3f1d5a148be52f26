namespace PluginCrm.Training.Events.Register;

/// <summary>
/// A registration as the API shows it: its status, its place in the waiting list (1: next to get a seat), attendance,
/// and what became of its reminder and follow-up (<c>sent</c>, or why not).
/// </summary>
public sealed record RegistrationView(
    long Id, long EventId, long? CustomerId, long? UserId, string Status, int? WaitingPosition, DateTime RegisteredUtc, DateTime? ConfirmedUtc,
    DateTime? CancelledUtc, string? Attendance, DateTime? AttendanceUtc, DateTime? RemindedUtc, string? ReminderOutcome, DateTime? FollowedUpUtc,
    string? FollowUpOutcome);

/// <summary><c>GET /api/training/events/{id}/registrations</c>: an event's registrations.</summary>
public sealed record RegistrationViewList(IReadOnlyList<RegistrationView> Items);
