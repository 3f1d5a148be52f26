namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A form: <paramref name="Fields"/> the console sends to the plugin's <paramref name="Endpoint"/> as a JSON object, as the
/// user. When the server answers with validation problems (RFC 9457 <c>errors</c> by field), each shows beside its
/// field and the user's input stays; other refusals show their reason. An endpoint with <c>{id}</c> makes a form about
/// one record, opened at <c>/m/&lt;plugin&gt;/&lt;key&gt;/&lt;id&gt;</c> from its detail screen.
/// </summary>
/// <param name="Key">The screen's key.</param>
/// <param name="Title">The heading.</param>
/// <param name="Endpoint">The endpoint the form sends to, e.g. <c>/complaints</c> or <c>/complaints/{id}/respond</c>.</param>
/// <param name="Fields">The fields, in order; <see cref="FormFields.Of{T}"/> makes them from a request record.</param>
public sealed record FormScreen(string Key, string Title, string Endpoint, IReadOnlyList<FormField> Fields)
{
    /// <summary>
    /// The host's policy (<see cref="Access.CrmPolicies"/>) a user must meet to be offered this screen: the console shows no
    /// menu entry, link or page to anyone else. The same as the endpoint requires; the endpoint still decides.
    /// </summary>
    public string? Policy { get; init; }

    /// <summary>POST (the default), PUT or PATCH.</summary>
    public string Method { get; init; } = "POST";

    /// <summary>The submit button's text.</summary>
    public string Submit { get; init; } = "Save";

    /// <summary>
    /// For a form about a record: the endpoint (with <c>{id}</c>) whose answer fills the fields that name a
    /// <see cref="FormField.From"/>, when the form is shown; e.g. the version an update must send back.
    /// </summary>
    public string? Reads { get; init; }

    /// <summary>
    /// For a form that asks rather than changes (a dry run): the answer's rows, shown as these columns under the form
    /// after success; the form keeps what was entered.
    /// </summary>
    public IReadOnlyList<ListColumn> ResultColumns { get; init; } = [];

    /// <summary>Where the rows are in an object answer; null when the answer is the array.</summary>
    public string? ResultItems { get; init; }

    /// <summary>
    /// The screen shown after success: a detail screen's key opens the record with the answer's <c>id</c> (or the form's
    /// own id); a list's key opens that list. Null stays on the form, emptied, saying it is done.
    /// </summary>
    public string? Then { get; init; }

    /// <summary>
    /// For a form whose questions are data (a quiz, a survey): the dotted path, in the answer of <see cref="Reads"/>, of
    /// an array of fields shown after the declared fields, each as the API writes a <see cref="FormField"/>
    /// (<c>name</c>, <c>label</c>, <c>kind</c>, <c>required</c>, <c>choices</c> of <c>value</c> and <c>label</c>,
    /// <c>help</c>). Their values join the JSON object sent.
    /// </summary>
    public string? FieldsFrom { get; init; }
}
