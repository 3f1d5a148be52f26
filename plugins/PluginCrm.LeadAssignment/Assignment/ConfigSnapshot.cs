using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>The enabled rules in the order they are tried and the reps' availability, as of the config stamp <paramref name="Stamp"/>; shared, never changed.</summary>
public sealed record ConfigSnapshot(long Stamp, IReadOnlyList<AssignmentRule> Rules, IReadOnlyDictionary<long, RepAvailability> Reps)
{
    /// <summary>Whether the open-lead counts are kept (read with the stamp, never cached).</summary>
    public bool OpenLeadsBuilt { get; init; }
}
