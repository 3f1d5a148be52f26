namespace PluginCrm.Host.Plugins;

/// <summary>The folder plugins are loaded from and installed into (<c>PluginsDir</c>, by default <c>plugins</c> beside the host).</summary>
public sealed record PluginsDirectory(string Path);
