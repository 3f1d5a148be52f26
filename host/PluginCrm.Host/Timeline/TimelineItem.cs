using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Timeline;

/// <summary>One entry as the API shows it.</summary>
public sealed record TimelineItem(
    DateTime WhenUtc, string Kind, string Title, RecordRef? Record, string? Detail, long? ActorUserId, string? ActorName,
    IReadOnlyDictionary<string, object?>? Data)
{
    public static TimelineItem From(TimelineEntry e) => new(e.WhenUtc, e.Kind, e.Title, e.Record, e.Detail, e.ActorUserId, e.ActorName, e.Data);
}
