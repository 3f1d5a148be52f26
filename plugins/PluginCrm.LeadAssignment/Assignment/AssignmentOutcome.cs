using PluginCrm.LeadAssignment.Data;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// Where a record goes: <c>assign</c> (to <see cref="OwnerId"/>), <c>queue</c> (a rule matched but every rep is at its
/// cap or away), <c>fallback</c> (no rule matched: the fallback owner) or <c>pool</c> (no rule, no fallback).
/// </summary>
public sealed record AssignmentOutcome(string Action, long? OwnerId, long? TeamId, AssignmentRule? Rule, DecisionExplanation Explanation);
