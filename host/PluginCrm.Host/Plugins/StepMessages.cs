using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Checks, once every plugin has configured itself, that each step is on a message someone declares: a core message or
/// one a loaded plugin declared. A step on an unknown message would load and never run, so its plugin is left out, with
/// the nearest known name; unless the plugin lists an optional dependency that is not loaded, whose messages it may be
/// waiting for (the step stays, inert).
/// </summary>
internal static class StepMessages
{
    public static void Check(IReadOnlyList<PluginEntry> entries, ILogger logger)
    {
        var known = CoreMessages.All.Concat(entries.Where(e => e.IsLoaded).SelectMany(e => e.Contributions.Messages)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.IsLoaded).ToList())
        {
            var absent = entry.Manifest!.OptionalDependencies.Select(d => d.Id).Where(id => !entries.Any(e => e.Id == id && e.IsLoaded)).ToList();
            foreach (var step in entry.Contributions.Steps.Where(s => !known.Contains(s.Message)))
            {
                if (absent.Count > 0)
                {
                    logger.LogInformation("Plugin {PluginId}: step {Step} on {Message} waits for {Optional}, which is not loaded", entry.Id, step.StepType.Name, step.Message, string.Join(", ", absent));
                    continue;
                }
                entry.Fail($"step {step.StepType.Name} is on '{step.Message}', which no plugin declares; did you mean '{Nearest(step.Message, known)}'?", logger);
                FailDependents(entries, entry, logger);
                break;
            }
        }
    }

    private static void FailDependents(IReadOnlyList<PluginEntry> entries, PluginEntry failed, ILogger logger)
    {
        foreach (var dependent in entries.Where(e => e.IsLoaded && e.DependencyIds.Contains(failed.Id)).ToList())
        {
            dependent.Fail($"needs '{failed.Id}', which failed: {failed.FailureReason}", logger);
            FailDependents(entries, dependent, logger);
        }
    }

    private static string Nearest(string message, IEnumerable<string> known) => known.MinBy(k => Distance(message, k))!;

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
