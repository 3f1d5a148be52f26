namespace PluginCrm.Training.Events.Schedule;

/// <summary>
/// An event as the API shows it, with its counts: <paramref name="Registered"/> (seats taken), <paramref name="Waiting"/>,
/// and once it started <paramref name="Attended"/> and <paramref name="NoShows"/>; <paramref name="SeatsLeft"/> is null
/// when there is no limit.
/// </summary>
public sealed record EventView(
    long Id, string Title, string Kind, string Audience, DateTime StartsUtc, DateTime EndsUtc, string? Place, string? OnlineLink, int? Capacity,
    string? Course, string? Description, string Status, DateTime? CancelledUtc, string? CancelReason,
    int Registered, int Waiting, int Attended, int NoShows, int? SeatsLeft, DateTime CreatedUtc, DateTime UpdatedUtc);
