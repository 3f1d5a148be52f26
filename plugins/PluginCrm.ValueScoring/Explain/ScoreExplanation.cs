namespace PluginCrm.ValueScoring.Explain;

/// <summary>Every score of a customer in a run, each explained, plus what was not checked and why.</summary>
public sealed record ScoreExplanation(long CustomerId, long RunId, DateOnly RunAsOf, DateOnly AsOf, long? UpdatedByOrderId, IReadOnlyList<ExplainedScore> Scores, IReadOnlyList<string> Notes);
