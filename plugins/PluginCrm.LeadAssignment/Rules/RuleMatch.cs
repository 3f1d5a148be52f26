namespace PluginCrm.LeadAssignment.Rules;

/// <summary>Whether a rule matched, and each of its conditions with the value it read.</summary>
public sealed record RuleMatch(long RuleId, string RuleName, bool Matched, IReadOnlyList<string> Conditions);
