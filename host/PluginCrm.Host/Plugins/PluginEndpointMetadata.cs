namespace PluginCrm.Host.Plugins;

/// <summary>Marks an endpoint as a plugin's, so the gate can answer 404 while the module is off.</summary>
public sealed record PluginEndpointMetadata(string PluginId);
