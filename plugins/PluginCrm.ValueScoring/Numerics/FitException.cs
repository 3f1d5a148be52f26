namespace PluginCrm.ValueScoring.Numerics;

/// <summary>The data cannot support a model fit; the message says why and what would.</summary>
public sealed class FitException(string message) : Exception(message);
