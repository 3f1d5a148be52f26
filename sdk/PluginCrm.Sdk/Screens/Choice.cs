namespace PluginCrm.Sdk.Screens;

/// <summary>One value to choose from: what is sent, and the label the user sees.</summary>
public sealed record Choice(string Value, string Label);
