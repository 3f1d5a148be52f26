using PluginCrm.Host.Api;

namespace PluginCrm.Host.Records;

/// <summary>Paging and sorting of a list request; the kind's own filters come from the remaining query string.</summary>
public sealed record ListQuery(int Page, int PageSize, string? Sort, bool IncludeDeleted, IReadOnlyDictionary<string, string> Filters)
{
    public const int MaxPageSize = Paging.MaxPageSize;
}
