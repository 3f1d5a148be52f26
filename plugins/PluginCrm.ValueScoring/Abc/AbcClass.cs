namespace PluginCrm.ValueScoring.Abc;

/// <summary>A customer's ABC class, with the share of value (percent) held by the customers ranked above it.</summary>
public sealed record AbcClass(string Name, decimal ShareBeforePercent, decimal Value);
