namespace PluginCrm.Host.Api;

/// <summary>One page of a list, with the total so a client can page on.</summary>
public sealed record RecordPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
