namespace PluginCrm.ValueScoring.Churn;

/// <summary>One churn signal as checked for a customer: its name, whether it fired, and the numbers it compared.</summary>
public sealed record ChurnSignal(string Name, bool Fired, string Detail);
