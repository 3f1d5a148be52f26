namespace PluginCrm.ValueScoring.Purchases;

/// <summary>The unit of time the probabilistic models count in; the parameters alpha and gamma depend on it.</summary>
public enum TimeUnit
{
    Day = 1,
    Week = 7,
}
