using Semver;

namespace PluginCrm.Host.Plugins;

/// <summary>A plugin this one needs, with the versions it accepts.</summary>
public sealed record PluginDependency(string Id, SemVersionRange Range, string RangeText);
