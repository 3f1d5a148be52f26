namespace PluginCrm.Host.Timeline;

/// <summary>A page of a customer's timeline, newest first; <see cref="Next"/> is the <c>before</c> of the next page, null on the last.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineItem> Items, string? Next);
