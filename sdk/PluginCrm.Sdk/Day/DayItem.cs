using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Day;

/// <summary>One entry of a user's day.</summary>
/// <param name="Record">The record it is about (<c>customer:42</c>), so a client can link it.</param>
/// <param name="Title">What to show: a name or a subject.</param>
/// <param name="DueUtc">When something happens to it (a deadline, a reclaim), if anything does.</param>
/// <param name="Detail">One line more: why it is here.</param>
public sealed record DayItem(RecordRef Record, string Title, DateTime? DueUtc = null, string? Detail = null);
