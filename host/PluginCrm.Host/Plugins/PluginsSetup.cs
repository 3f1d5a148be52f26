using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Where plugins come from and what checking them needs, given by the composition root: the plugins folder, plugins
/// handed over as objects (the SDK's test kit), and the rules of the features above the loader.
/// </summary>
public sealed record PluginsSetup(string Directory, IReadOnlyList<(PluginCandidate Candidate, ICrmPlugin Instance)> InProcess, PluginRules Rules);
