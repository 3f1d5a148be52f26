namespace PluginCrm.Host.Api;

/// <summary>
/// Endpoint metadata of a list that reads its query string by hand (so nothing can be inferred from the handler): the
/// filters it accepts, its sort keys and whether it pages. The OpenAPI document turns it into query parameters.
/// </summary>
/// <param name="Route">The list's segment under <c>/api</c>, for the descriptions: <c>customers</c>.</param>
/// <param name="Filters">The filter names, from the same dictionary that names them in the 400 for an unknown one.</param>
/// <param name="Pages">Whether it takes page, pageSize, sort and includeDeleted (an export takes filters only).</param>
/// <param name="SortKeys">The sort keys besides <c>id</c>, each also descending with a leading <c>-</c>.</param>
public sealed record ListQueryMetadata(string Route, IReadOnlyList<string> Filters, bool Pages, IReadOnlyList<string> SortKeys);
