namespace PluginCrm.Host.Plugins;

/// <summary>The outcome of checking manifests against the host and each other.</summary>
/// <param name="Ordered">The plugins that can load, dependencies first.</param>
/// <param name="Failed">The plugins left out, each with its reason.</param>
public sealed record PluginResolution(IReadOnlyList<PluginCandidate> Ordered, IReadOnlyList<PluginFailure> Failed);
