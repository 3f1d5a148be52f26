namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A field of a form: the JSON property it sets (<paramref name="Name"/>), its label and its kind, which decides the input
/// and the JSON value (a number for <see cref="FieldKind.Number"/> and <see cref="FieldKind.Money"/>, true or false for
/// <see cref="FieldKind.Flag"/>, text otherwise). An empty field is sent as null.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind = FieldKind.Text)
{
    /// <summary>Whether the browser asks for it before sending; the server's validation is the rule either way.</summary>
    public bool Required { get; init; }

    /// <summary>The values to choose from, for <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>A hint under the field.</summary>
    public string? Help { get; init; }

    /// <summary>The value the field starts with; a query parameter of the same name (<c>?customerId=7</c>) wins.</summary>
    public string? Default { get; init; }

    /// <summary>
    /// The dotted path of the field's value in the answer of the form's <see cref="FormScreen.Reads"/> endpoint, e.g.
    /// <c>complaint.version</c>: the record as it is when the form is shown.
    /// </summary>
    public string? From { get; init; }
}
