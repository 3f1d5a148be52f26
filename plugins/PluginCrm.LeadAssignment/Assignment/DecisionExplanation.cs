using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Strategies;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>Why a record went where it went: every rule tried, the strategy, every candidate's verdict, the winner.</summary>
public sealed record DecisionExplanation(IReadOnlyList<RuleMatch> Rules, string? Strategy, IReadOnlyList<CandidateVerdict> Candidates, long? WinnerId, string Why);
