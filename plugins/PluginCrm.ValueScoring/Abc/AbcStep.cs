namespace PluginCrm.ValueScoring.Abc;

/// <summary>One sample of a run's ABC ranking: a value and the share of value (percent) ranked above it.</summary>
public sealed record AbcStep(decimal Value, decimal ShareBeforePercent);
