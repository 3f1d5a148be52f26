using PluginCrm.LeadAssignment.Assignment;

namespace PluginCrm.LeadAssignment.Capture;

/// <summary>
/// Scoped: an outcome the create step could not write itself, because the host holds the capturing manager to its
/// own team; the after-create step writes it as the system, in the same transaction, once the lead has its id.
/// </summary>
public sealed class DeferredAssignment
{
    public AssignmentOutcome? Outcome { get; set; }
}
