namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A plugin's screens in the web console, declared as data: the console draws them, with no front-end code in the plugin.
/// Each reads and writes through the plugin's own endpoints as the signed-in user, so a screen shows exactly what the
/// API shows that user. Registered with <see cref="Plugins.IPluginBuilder.AddScreens"/>.
/// </summary>
/// <param name="Menu">Entries of the console's menu, each opening one of <paramref name="Lists"/>.</param>
/// <param name="Lists">List screens: rows from an endpoint, as columns, with actions per row.</param>
public sealed record ScreenSet(IReadOnlyList<MenuEntry> Menu, IReadOnlyList<ListScreen> Lists)
{
    /// <summary>
    /// The labels in other languages: culture name (<c>zh-CN</c>) to English label to the label in that language. A label
    /// without a translation shows in English.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
}

/// <summary>A menu entry: its label and the key of the list screen it opens.</summary>
public sealed record MenuEntry(string Label, string Screen);

/// <summary>
/// A list: the rows an endpoint of the plugin answers (a JSON array, or an object with the array in
/// <see cref="ItemsProperty"/>), shown as <paramref name="Columns"/>, with <see cref="Actions"/> on each row.
/// </summary>
/// <param name="Key">The screen's key in the plugin, in its address: <c>/m/&lt;plugin&gt;/&lt;key&gt;</c>.</param>
/// <param name="Title">The screen's heading.</param>
/// <param name="Endpoint">The plugin's endpoint for the rows, relative to <c>/api/&lt;plugin&gt;</c>, e.g. <c>/pool</c>.</param>
/// <param name="Columns">The columns, in order.</param>
public sealed record ListScreen(string Key, string Title, string Endpoint, IReadOnlyList<ListColumn> Columns)
{
    /// <summary>Where the rows are in an object answer (<c>items</c> of a page); null when the answer is the array.</summary>
    public string? ItemsProperty { get; init; }

    /// <summary>Buttons on each row.</summary>
    public IReadOnlyList<RowAction> Actions { get; init; } = [];

    /// <summary>What the screen says when there are no rows.</summary>
    public string Empty { get; init; } = "Nothing here.";
}

/// <summary>A column: the row's field (its JSON name), its label, and optionally a console link made from the row.</summary>
/// <param name="Field">The field's name in the row's JSON, e.g. <c>enteredUtc</c>.</param>
/// <param name="Label">The column's heading.</param>
public sealed record ListColumn(string Field, string Label)
{
    /// <summary>A link for the cell, with the row's fields in braces: <c>/customers/{recordId}</c>.</summary>
    public string? Link { get; init; }
}

/// <summary>
/// A button on a row that calls an endpoint of the plugin as the user (relative to <c>/api/&lt;plugin&gt;</c>, with the
/// row's fields in braces: <c>/pool/{recordType}/{recordId}/claim</c>); a refusal shows the server's reason.
/// </summary>
/// <param name="Label">The button's text.</param>
/// <param name="Endpoint">The endpoint it POSTs to.</param>
public sealed record RowAction(string Label, string Endpoint)
{
    /// <summary>A question the user confirms first; null for none.</summary>
    public string? Confirm { get; init; }
}
