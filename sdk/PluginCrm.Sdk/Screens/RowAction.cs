namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A button on a row (or a detail screen) that POSTs, with no body, to an endpoint of the plugin as the user (relative to
/// <c>/api/&lt;plugin&gt;</c>, with the row's fields in braces: <c>/pool/{recordType}/{recordId}/claim</c>); a refusal
/// shows the server's reason. An action that needs input is a <see cref="FormScreen"/>.
/// </summary>
/// <param name="Label">The button's text.</param>
/// <param name="Endpoint">The endpoint it POSTs to.</param>
public sealed record RowAction(string Label, string Endpoint)
{
    /// <summary>A question the user confirms first; null for none.</summary>
    public string? Confirm { get; init; }

    /// <summary>
    /// The host's policy (<see cref="Access.CrmPolicies"/>) a user must meet to be offered the button (publish, retire:
    /// admins only); the same as the endpoint requires, which still decides.
    /// </summary>
    public string? Policy { get; init; }
}
