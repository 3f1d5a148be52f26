using System.Text.Json;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Timeline;

/// <summary>A page of <c>GET /api/customers/{id}/timeline</c> as the API sends it.</summary>
public sealed record TimelineView(List<TimelineView.Item> Items, string? Next)
{
    public sealed record Item(DateTime WhenUtc, string Kind, string Title, RecordRef? Record, string? Detail, long? ActorUserId, string? ActorName, JsonElement? Data);
}
