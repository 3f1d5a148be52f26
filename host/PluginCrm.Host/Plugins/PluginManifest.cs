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
    string? EntryType);
