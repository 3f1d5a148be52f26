namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A column of a list, or a line of a detail screen: the row's field (its JSON name; a dotted path such as
/// <c>complaint.subject</c> reaches into an object), its label, how its value shows, and optionally a link.
/// </summary>
/// <param name="Field">The field's name in the row's JSON, e.g. <c>enteredUtc</c>.</param>
/// <param name="Label">The column's heading.</param>
public sealed record ListColumn(string Field, string Label)
{
    /// <summary>How the value shows: a date in the user's language, money with two decimals, ...</summary>
    public ValueFormat Format { get; init; } = ValueFormat.Text;

    /// <summary>A console link for the cell, with the row's fields in braces: <c>/customers/{recordId}</c>.</summary>
    public string? Link { get; init; }

    /// <summary>The key of a detail screen the cell opens, for the record with the row's <c>id</c>.</summary>
    public string? Opens { get; init; }
}
