namespace PluginCrm.Host.Timeline;

/// <summary><c>?before=&amp;pageSize=&amp;kinds=</c>, checked: a cursor of a previous page, 1 to 500 entries, the kinds to show (all when null).</summary>
public sealed record TimelineQuery(TimelineCursor? Before, int PageSize, IReadOnlySet<string>? Kinds)
{
    public const int DefaultPageSize = 50, MaxPageSize = 500;
}
