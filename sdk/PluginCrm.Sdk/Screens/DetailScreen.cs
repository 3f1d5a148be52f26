namespace PluginCrm.Sdk.Screens;

/// <summary>
/// One record, as the plugin's endpoint answers it for the user: labelled <paramref name="Fields"/>, then
/// <see cref="Tables"/> of the arrays in it (a complaint's timeline), its <see cref="Actions"/> and the
/// <see cref="Forms"/> that act on it. Opened at <c>/m/&lt;plugin&gt;/&lt;key&gt;/&lt;id&gt;</c>, from a list column's
/// <see cref="ListColumn.Opens"/> or a form's <see cref="FormScreen.Then"/>.
/// </summary>
/// <param name="Key">The screen's key.</param>
/// <param name="Title">The heading: a label, or a field of the answer in braces (<c>{complaint.subject}</c>).</param>
/// <param name="Endpoint">The endpoint with <c>{id}</c> for the record's id, e.g. <c>/complaints/{id}</c>.</param>
/// <param name="Fields">The fields shown, in order.</param>
public sealed record DetailScreen(string Key, string Title, string Endpoint, IReadOnlyList<ListColumn> Fields)
{
    /// <summary>
    /// The host's policy (<see cref="Access.CrmPolicies"/>) a user must meet to be offered this screen: the console shows no
    /// menu entry, link or page to anyone else. The same as the endpoint requires; the endpoint still decides.
    /// </summary>
    public string? Policy { get; init; }

    /// <summary>Tables of arrays in the answer.</summary>
    public IReadOnlyList<DetailTable> Tables { get; init; } = [];

    /// <summary>Buttons that POST to the plugin, with the answer's fields (and <c>{id}</c>) in braces.</summary>
    public IReadOnlyList<RowAction> Actions { get; init; } = [];

    /// <summary>Keys of forms about this record (their endpoint has <c>{id}</c>), offered as links.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];
}

/// <summary>An array in a detail screen's answer (<paramref name="ItemsProperty"/>, a dotted path) shown as a table.</summary>
public sealed record DetailTable(string Title, string ItemsProperty, IReadOnlyList<ListColumn> Columns);
