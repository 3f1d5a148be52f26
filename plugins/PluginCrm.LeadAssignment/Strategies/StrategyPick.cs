namespace PluginCrm.LeadAssignment.Strategies;

/// <summary>
/// The outcome of a strategy: the winner (null when nobody can take the lead, which then waits in the queue),
/// every candidate with its verdict, why the winner won, and the rotation credits to store.
/// </summary>
public sealed record StrategyPick(long? WinnerId, string Why, IReadOnlyList<CandidateVerdict> Candidates, IReadOnlyDictionary<long, long> Credits);
