using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>
/// An owner change one of the plugin's own paths is about to make (<c>claim</c>, <c>transfer</c>, <c>reclaim</c>,
/// <c>reassign</c>, <c>assign</c>): the ownership guard lets exactly this one through and records it. Its reason goes to the
/// decision log in English, and with the record into the pool as it is, for the pool screen to show in the reader's language.
/// </summary>
public sealed record OwnershipChange(string Action, string RecordType, long RecordId, long? To, DayText? Reason, AssignmentOutcome? Outcome = null)
{
    /// <summary>A claim must take the record out of the pool in the same transaction, or fail.</summary>
    public bool FromPool => Action == "claim";

    /// <summary>A reclaim or a transfer to nobody puts the record into the pool.</summary>
    public bool ToPool => To is null;
}
