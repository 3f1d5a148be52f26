using PluginCrm.Host.Plugins;
using Semver;

namespace PluginCrm.Host.Api;

/// <summary>
/// The upgrade pre-flight: would every installed plugin load on this SDK version, next to every other
/// plugin? Reads manifests only, changes nothing.
/// </summary>
public static class CompatibilityReport
{
    public sealed record Row(string Id, string? Version, bool Compatible, string? Reason);

    public static IReadOnlyList<Row> Check(string pluginsDirectory, SemVersion sdkVersion)
    {
        var candidates = PluginDiscovery.Discover(pluginsDirectory);
        var resolution = PluginResolver.Resolve(candidates, sdkVersion);
        var failed = resolution.Failed.ToDictionary(f => f.Candidate, f => f.Reason);
        return candidates
            .Select(c => new Row(c.Id, c.Manifest?.Version.ToString(), !failed.ContainsKey(c), failed.GetValueOrDefault(c)))
            .ToList();
    }
}
