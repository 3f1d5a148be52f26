namespace PluginCrm.Sdk.Plugins;

/// <summary>A loaded plugin's identity, from its manifest.</summary>
/// <param name="Id">The manifest id, lower-case, e.g. <c>lead-assignment</c>; also the API segment.</param>
/// <param name="Name">The display name.</param>
/// <param name="Version">The plugin's SemVer version.</param>
/// <param name="Directory">The folder the plugin was loaded from.</param>
public sealed record PluginDescriptor(string Id, string Name, string Version, string Directory)
{
    /// <summary>The id as a template and table-prefix identifier: <c>lead-assignment</c> becomes <c>lead_assignment</c>.</summary>
    public string TemplateNamespace => Id.Replace('-', '_');
}
