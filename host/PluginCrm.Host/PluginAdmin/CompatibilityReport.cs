using System.Text.Json;
using PluginCrm.Host.Plugins;
using Semver;

namespace PluginCrm.Host.PluginAdmin;

/// <summary>
/// The upgrade pre-flight: would every installed plugin load on this SDK version, next to every other
/// plugin? Reads manifests, and each plugin's assembly as metadata (nothing loads), changes nothing.
/// </summary>
public static class CompatibilityReport
{
    /// <param name="Missing">
    /// What the plugin's assembly uses of the SDK that this host's SDK does not have, e.g.
    /// <c>PluginCrm.Sdk.Feedback.ComplaintRecord (type), now PluginCrm.Feedback.Contracts.ComplaintRecord</c>; null when not
    /// checked: the check is against another SDK version than this host's, or the plugin has no assembly to read.
    /// </param>
    public sealed record Row(string Id, string? Version, bool Compatible, string? Reason, IReadOnlyList<string>? Missing);

    // Where moved or replaced SDK types and members went (sdk/moved.json).
    private static readonly Dictionary<string, string> Moved = ReadMoved();

    public static IReadOnlyList<Row> Check(string pluginsDirectory, SemVersion sdkVersion)
    {
        var candidates = PluginDiscovery.Discover(pluginsDirectory);
        // The SDK assemblies this host runs are its own version's: another version's surface is known from manifests only.
        var read = sdkVersion == HostSdk.Version
            ? candidates.Where(c => c.Error is null).ToDictionary(c => c, ReadAssembly)
            : [];
        var resolution = PluginResolver.Resolve(candidates, sdkVersion, c => read.GetValueOrDefault(c) switch
        {
            { Problem: { } problem } => problem,
            { Missing.Count: > 0 and var count } => $"uses {count} SDK types or members that SDK {sdkVersion} does not have (listed as missing)",
            _ => null,
        });
        var failed = resolution.Failed.ToDictionary(f => f.Candidate, f => f.Reason);
        return candidates
            .Select(c => new Row(c.Id, c.Manifest?.Version.ToString(), !failed.ContainsKey(c), failed.GetValueOrDefault(c), read.GetValueOrDefault(c)?.Missing))
            .ToList();
    }

    private sealed record AssemblyCheck(IReadOnlyList<string>? Missing, string? Problem);

    private static AssemblyCheck ReadAssembly(PluginCandidate candidate)
    {
        try
        {
            var missing = PluginSdkReferences.Missing(Path.Combine(candidate.Directory, candidate.Manifest!.Assembly));
            return new AssemblyCheck(missing.Select(m => $"{m.Name} ({m.Kind})" + (Moved.TryGetValue(m.Name, out var now) ? $", now {now}" : "")).ToList(), null);
        }
        catch (BadImageFormatException ex)
        {
            return new AssemblyCheck(null, $"assembly '{candidate.Manifest!.Assembly}' cannot be read: {ex.Message}");
        }
    }

    private static Dictionary<string, string> ReadMoved()
    {
        using var stream = typeof(CompatibilityReport).Assembly.GetManifestResourceStream("sdk-moved.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip })!;
    }
}
