using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Events.Schedule;

/// <summary>What an event must be, each problem named by its field.</summary>
public static class EventRules
{
    /// <summary>The longest event: a conference of some days, not a typo in the year.</summary>
    public const int MaxDays = 31;
    public const int MaxCapacity = 100_000;

    public static Dictionary<string, string[]> Check(EventRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200)
            Add("title", "is required, at most 200 characters");
        if (!EventKinds.All.Contains(request.Kind ?? ""))
            Add("kind", OneOf(request.Kind, EventKinds.All));
        if (!Audiences.All.Contains(request.Audience ?? ""))
            Add("audience", OneOf(request.Audience, Audiences.All));
        if (request.StartsUtc is null)
            Add("startsUtc", "is required");
        if (request.EndsUtc is not { } ends)
            Add("endsUtc", "is required");
        else if (request.StartsUtc is { } starts && Utc(ends) <= Utc(starts))
            Add("endsUtc", "must be after startsUtc");
        else if (request.StartsUtc is { } start && Utc(ends) > Utc(start).AddDays(MaxDays))
            Add("endsUtc", $"must be within {MaxDays} days of startsUtc");
        var (place, link) = (Text(request.Place), Text(request.OnlineLink));
        if (place is null && link is null)
            Add("place", "give a place, an onlineLink or both");
        else if (place is { Length: > 300 })
            Add("place", "is at most 300 characters");
        if (link is not null && (link.Length > 500 || !IsWebAddress(link)))
            Add("onlineLink", "must be an http or https address, at most 500 characters");
        else if (link is null && request.Kind == EventKinds.Webinar)
            Add("onlineLink", "is required for a webinar");
        if (request.Capacity is < 1 or > MaxCapacity)
            Add("capacity", $"must be between 1 and {MaxCapacity}, or left out for no limit");
        if (request.Course is not null && !CourseRules.IsKey(request.Course))
            Add("course", "must be the key of a course");
        if (request.Description is { Length: > 4000 })
            Add("description", "is at most 4000 characters");
        return errors;
    }

    /// <summary>A time as UTC: JSON with an offset arrives as local time, JSON without one as unspecified (taken as UTC).</summary>
    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string OneOf(string? given, IReadOnlyList<string> allowed) =>
        given is null ? $"is required: one of {string.Join(", ", allowed)}" : $"'{given}' is not one of {string.Join(", ", allowed)}";

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
