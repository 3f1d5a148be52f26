namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A filter above a list: a query parameter of the list's endpoint, as a text box, a choice of <see cref="Choices"/>, a
/// check box (sent as <c>true</c>) or a date, by <see cref="Kind"/>. A filter left empty is not sent.
/// </summary>
/// <param name="Parameter">The endpoint's query parameter, e.g. <c>status</c>.</param>
/// <param name="Label">The filter's label.</param>
public sealed record ListFilter(string Parameter, string Label)
{
    /// <summary>The filter's input: <see cref="FieldKind.Text"/>, <see cref="FieldKind.Choice"/>, <see cref="FieldKind.Flag"/> or <see cref="FieldKind.Date"/>.</summary>
    public FieldKind Kind { get; init; } = FieldKind.Text;

    /// <summary>The values to choose from, for <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];
}
