namespace PluginCrm.LeadAssignment.Strategies;

/// <summary>Why a candidate could or could not take the lead, for the decision's explanation.</summary>
public sealed record CandidateVerdict(long UserId, bool Eligible, string Why);
