namespace PluginCrm.Host.Settings;

/// <summary>A plugin's settings type, with its baseline: property defaults overlaid by configuration.</summary>
public sealed record SettingsDefinition(string PluginId, Type Type, object Baseline);
