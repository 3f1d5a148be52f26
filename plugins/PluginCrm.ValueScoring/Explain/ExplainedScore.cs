namespace PluginCrm.ValueScoring.Explain;

/// <summary>One score with what it was computed from: inputs, formula or model, parameters.</summary>
public sealed record ExplainedScore(string Name, object? Value, IReadOnlyDictionary<string, object?> Inputs, string Formula, IReadOnlyDictionary<string, object?> Parameters);
