using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Plugins;

/// <summary>One plugin as the running host knows it: what was found, what it contributed, or why it is out.</summary>
public sealed class PluginEntry(PluginCandidate candidate)
{
    private volatile string? failureReason;

    public PluginCandidate Candidate { get; } = candidate;
    public string Id => Candidate.Id;
    public PluginManifest? Manifest => Candidate.Manifest;
    public PluginDescriptor? Descriptor { get; set; }
    public ICrmPlugin? Instance { get; set; }
    public PluginContributions Contributions { get; set; } = PluginContributions.None;

    /// <summary>Why the plugin is left out; null while it is loaded.</summary>
    public string? FailureReason => failureReason;
    public bool IsLoaded => failureReason is null;

    public IEnumerable<string> DependencyIds => Manifest?.Dependencies.Select(d => d.Id) ?? [];

    public void Fail(string reason) => failureReason ??= reason;

    /// <summary>Leaves the plugin out with <paramref name="reason"/>, logged once where an admin looks.</summary>
    public void Fail(string reason, ILogger logger)
    {
        Fail(reason);
        logger.LogError("Plugin {PluginId} (folder {Folder}) left out: {Reason}", Id, Candidate.Folder, reason);
    }
}
