using Semver;

namespace PluginCrm.Host.Plugins;

/// <summary>A checked <c>plugin.json</c>: everything the host needs before any plugin code loads.</summary>
public sealed record PluginManifest(
    string Id,
    string Name,
    SemVersion Version,
    SemVersionRange Sdk,
    string SdkText,
    IReadOnlyList<PluginDependency> Dependencies,
    IReadOnlyList<string> Conflicts,
    string Description,
    string Author,
    string Assembly,
    string? EntryType)
{
    /// <summary>
    /// Plugins used when installed, never required (customer care follows up closed complaints when feedback is there):
    /// one that is installed loads first and must be in range; one that is not leaves the steps on its messages inert.
    /// </summary>
    public IReadOnlyList<PluginDependency> OptionalDependencies { get; init; } = [];

    /// <summary>The plugin's contracts assemblies (<c>PluginCrm.Feedback.Contracts.dll</c>), loaded once and shared with every plugin.</summary>
    public IReadOnlyList<string> Contracts { get; init; } = [];
}
