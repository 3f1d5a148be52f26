namespace PluginCrm.Host.Plugins;

/// <summary>A plugin left out, named by id or (when its manifest cannot be read) by folder.</summary>
public sealed record PluginFailure(PluginCandidate Candidate, string Reason);
