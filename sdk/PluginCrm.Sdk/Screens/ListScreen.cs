namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A list: the rows an endpoint of the plugin answers (a JSON array, or an object with the array in
/// <see cref="ItemsProperty"/>), shown as <paramref name="Columns"/>, with <see cref="Actions"/> on each row. When the
/// answer also has <c>page</c>, <c>pageSize</c> and <c>total</c>, the console pages through it with a <c>page</c> parameter.
/// </summary>
/// <param name="Key">The screen's key in the plugin, in its address: <c>/m/&lt;plugin&gt;/&lt;key&gt;</c>.</param>
/// <param name="Title">The screen's heading.</param>
/// <param name="Endpoint">The plugin's endpoint for the rows, relative to <c>/api/&lt;plugin&gt;</c>, e.g. <c>/pool</c>.</param>
/// <param name="Columns">The columns, in order.</param>
public sealed record ListScreen(string Key, string Title, string Endpoint, IReadOnlyList<ListColumn> Columns)
{
    /// <summary>Where the rows are in an object answer (<c>items</c> of a page); null when the answer is the array.</summary>
    public string? ItemsProperty { get; init; }

    /// <summary>Filters above the list, each a query parameter of <see cref="Endpoint"/>.</summary>
    public IReadOnlyList<ListFilter> Filters { get; init; } = [];

    /// <summary>The orders the endpoint offers, as values of its <see cref="SortParameter"/>; the first is the default.</summary>
    public IReadOnlyList<Choice> Sorts { get; init; } = [];

    /// <summary>The endpoint's query parameter that takes one of <see cref="Sorts"/>.</summary>
    public string SortParameter { get; init; } = "sort";

    /// <summary>Buttons on each row.</summary>
    public IReadOnlyList<RowAction> Actions { get; init; } = [];

    /// <summary>The key of a form (one not about a record) offered above the list, e.g. to add a row.</summary>
    public string? NewForm { get; init; }

    /// <summary>
    /// The host's policy (<see cref="Access.CrmPolicies"/>) a user must meet to be offered this screen: the console shows no
    /// menu entry, link or page to anyone else. The same as the endpoint requires; the endpoint still decides.
    /// </summary>
    public string? Policy { get; init; }

    /// <summary>What the screen says when there are no rows.</summary>
    public string Empty { get; init; } = "Nothing here.";
}
