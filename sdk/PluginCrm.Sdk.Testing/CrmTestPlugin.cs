namespace PluginCrm.Sdk.Testing;

/// <summary>A plugin as the host reports it (<c>GET /api/plugins</c>).</summary>
/// <param name="Id">The plugin id.</param>
/// <param name="Version">Its version, when its manifest could be read.</param>
/// <param name="State"><c>enabled</c>, <c>disabled</c> or <c>failed</c>.</param>
/// <param name="Reason">Why it failed or is disabled.</param>
public sealed record CrmTestPlugin(string Id, string? Version, string State, string? Reason);
