using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// The enabled rules in the order they are tried, the reps' availability and every user, as of the config stamp
/// <paramref name="Stamp"/>; shared, never changed.
/// </summary>
public sealed record ConfigSnapshot(long Stamp, IReadOnlyList<AssignmentRule> Rules, IReadOnlyDictionary<long, RepAvailability> Reps, IReadOnlyList<CrmUser> Users)
{
    /// <summary>Whether the open-lead counts are kept (read with the stamp, never cached).</summary>
    public bool OpenLeadsBuilt { get; init; }
}
