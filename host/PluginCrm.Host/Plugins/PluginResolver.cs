using Semver;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Decides from manifests alone which plugins can load and in which order: the SDK range, duplicate ids,
/// conflicts, dependencies (present, in range, not failed) and cycles. Used at start-up and by the
/// upgrade pre-flight (<c>crm plugins check --sdk</c>), which is why it takes the SDK version as input; the pre-flight
/// adds a <c>check</c> of each plugin's assembly, whose failure fails the plugin's dependents as any other does.
/// </summary>
public static class PluginResolver
{
    public static PluginResolution Resolve(IReadOnlyList<PluginCandidate> candidates, SemVersion sdkVersion, Func<PluginCandidate, string?>? check = null)
    {
        var failed = new Dictionary<PluginCandidate, string>();
        var byId = new Dictionary<string, PluginCandidate>(StringComparer.Ordinal);

        foreach (var candidate in candidates)
        {
            if (candidate.Error is not null)
                failed[candidate] = candidate.Error;
            else if (byId.TryGetValue(candidate.Manifest!.Id, out var first))
                failed[candidate] = $"id '{candidate.Id}' is already used by the plugin in folder '{first.Folder}'";
            else
                byId[candidate.Manifest.Id] = candidate;
        }

        foreach (var candidate in byId.Values)
        {
            var manifest = candidate.Manifest!;
            if (!manifest.Sdk.Contains(sdkVersion))
                failed[candidate] = $"built for SDK {manifest.SdkText}, but this host provides SDK {sdkVersion}";
            else if (check?.Invoke(candidate) is { } problem)
                failed[candidate] = problem;
            else if (manifest.Conflicts.FirstOrDefault(c => byId.TryGetValue(c, out var other) && !failed.ContainsKey(other)) is { } conflict)
                failed[candidate] = $"conflicts with '{conflict}', which is installed";
        }

        FailMissingDependencies(byId, failed);
        var ordered = OrderByDependencies(byId, failed);
        return new PluginResolution(ordered, candidates.Where(failed.ContainsKey).Select(c => new PluginFailure(c, failed[c])).ToList());
    }

    // A plugin fails when a dependency is missing, out of range or failed; repeat until nothing changes,
    // so that a failure travels down the whole chain of dependents.
    private static void FailMissingDependencies(Dictionary<string, PluginCandidate> byId, Dictionary<PluginCandidate, string> failed)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var candidate in byId.Values.Where(c => !failed.ContainsKey(c)))
            {
                var reason = DependencyProblem(candidate.Manifest!, byId, failed);
                if (reason is null)
                    continue;
                failed[candidate] = reason;
                changed = true;
            }
        }
        while (changed);
    }

    private static string? DependencyProblem(PluginManifest manifest, Dictionary<string, PluginCandidate> byId, Dictionary<PluginCandidate, string> failed)
    {
        foreach (var dependency in manifest.Dependencies)
        {
            if (!byId.TryGetValue(dependency.Id, out var found))
                return $"needs '{dependency.Id}' {dependency.RangeText}, which is not installed";
            if (!dependency.Range.Contains(found.Manifest!.Version))
                return $"needs '{dependency.Id}' {dependency.RangeText}, but version {found.Manifest.Version} is installed";
            if (failed.TryGetValue(found, out var why))
                return $"needs '{dependency.Id}', which failed: {why}";
        }
        // An optional one may be missing, or fail on its own; installed, it must be a version this plugin was built against.
        foreach (var optional in manifest.OptionalDependencies)
        {
            if (byId.TryGetValue(optional.Id, out var found) && !optional.Range.Contains(found.Manifest!.Version))
                return $"works with '{optional.Id}' {optional.RangeText} when it is installed, but version {found.Manifest.Version} is installed";
        }
        return null;
    }

    // Kahn's algorithm, ties broken by id so the order is the same on every machine. What is left over
    // sits on or behind a cycle.
    private static List<PluginCandidate> OrderByDependencies(Dictionary<string, PluginCandidate> byId, Dictionary<PluginCandidate, string> failed)
    {
        var remaining = byId.Values.Where(c => !failed.ContainsKey(c)).ToDictionary(c => c.Manifest!.Id);
        var ordered = new List<PluginCandidate>();
        var loaded = new HashSet<string>();
        while (true)
        {
            var ready = remaining.Values
                .Where(c => c.Manifest!.Dependencies.All(d => loaded.Contains(d.Id))
                    && c.Manifest.OptionalDependencies.All(d => loaded.Contains(d.Id) || !remaining.ContainsKey(d.Id)))
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (ready is null)
                break;
            ordered.Add(ready);
            loaded.Add(ready.Id);
            remaining.Remove(ready.Id);
        }

        foreach (var candidate in remaining.Values)
            failed[candidate] = DescribeCycle(candidate, remaining);
        return ordered;
    }

    private static string DescribeCycle(PluginCandidate start, Dictionary<string, PluginCandidate> remaining)
    {
        var path = new List<string> { start.Id };
        var current = start;
        while (true)
        {
            var next = current.Manifest!.Dependencies.Concat(current.Manifest.OptionalDependencies).Select(d => d.Id)
                .Where(remaining.ContainsKey).Order(StringComparer.Ordinal).First();
            var seenAt = path.IndexOf(next);
            path.Add(next);
            if (seenAt == 0)
                return $"dependency cycle: {string.Join(" -> ", path)}";
            if (seenAt > 0)
                return $"depends on a dependency cycle: {string.Join(" -> ", path.Skip(seenAt))}";
            current = remaining[next];
        }
    }
}
