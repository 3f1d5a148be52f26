namespace PluginCrm.Host.Plugins;

/// <summary>A plugin could not be loaded; the message is shown to the admin as the reason.</summary>
public sealed class PluginLoadException(string message) : Exception(message);
