using PluginCrm.Training.Data;

namespace PluginCrm.Training.Events.Notices;

/// <summary>
/// What an event's message templates see, in snake_case as templates read records: <c>event</c> (id, title, kind,
/// audience, starts_utc, ends_utc, place, online_link, capacity, course, description, status, cancel_reason) and
/// <c>registration</c> (id, status, registered_utc, attendance). The host adds <c>customer</c> or <c>user</c>.
/// </summary>
public static class EventMessageModel
{
    public static Dictionary<string, object?> Of(TrainingEvent scheduled, string? course, EventRegistration registration) => new()
    {
        ["event"] = new Dictionary<string, object?>
        {
            ["id"] = scheduled.Id, ["title"] = scheduled.Title, ["kind"] = scheduled.Kind, ["audience"] = scheduled.Audience,
            ["starts_utc"] = Utc(scheduled.StartsUtc), ["ends_utc"] = Utc(scheduled.EndsUtc), ["place"] = scheduled.Place,
            ["online_link"] = scheduled.OnlineLink, ["capacity"] = scheduled.Capacity, ["course"] = course, ["description"] = scheduled.Description,
            ["status"] = scheduled.Status, ["cancel_reason"] = scheduled.CancelReason,
        },
        ["registration"] = new Dictionary<string, object?>
        {
            ["id"] = registration.Id, ["status"] = registration.Status, ["registered_utc"] = Utc(registration.RegisteredUtc),
            ["attendance"] = registration.Attendance,
        },
    };

    /// <summary>SQLite gives times back without their kind; a template formats them as UTC.</summary>
    public static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
