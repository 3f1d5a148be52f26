namespace PluginCrm.Sdk.Screens;

/// <summary>A menu entry: its label and the key of the list or form (one not about a record) it opens.</summary>
public sealed record MenuEntry(string Label, string Screen);
