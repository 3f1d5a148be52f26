using System.Text.Json.Serialization;
using PluginCrm.Sdk.Day;

namespace PluginCrm.Host.Day;

/// <summary>A user's day as <c>GET /api/me/day</c> answers it: the host's sections, then the enabled modules'.</summary>
public sealed record DayView(DateOnly Date, string TimeZone, DateTime StartUtc, DateTime EndUtc, IReadOnlyList<DaySectionView> Sections);

/// <summary>One section: <c>overdue-tasks</c>, or a module's <c>lead-assignment.reclaim-soon</c> (with its plugin id).</summary>
public sealed record DaySectionView(string Key, string Title, string? Plugin, IReadOnlyList<DayItemView> Items);

/// <summary>
/// One item, naming its record (<c>customer:42</c>) so a client can link it, and for a task the record it is about
/// (<paramref name="RelatedTo"/>), where the work is done.
/// </summary>
public sealed record DayItemView(string Record, string Title, DateTime? DueUtc, string? Detail, string? RelatedTo = null)
{
    /// <summary>The detail for the console to show in the user's language; the API shows <see cref="Detail"/>, its English.</summary>
    [JsonIgnore]
    public DayText? DetailText { get; init; }

    /// <summary>An item whose detail the console translates.</summary>
    public static DayItemView Of(string record, string title, DateTime? dueUtc, DayText detail, string? relatedTo = null) =>
        new(record, title, dueUtc, detail.ToString(), relatedTo) { DetailText = detail };
}
