namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>
/// The Gamma-Gamma spend parameters: a purchase's value is gamma(<paramref name="P"/>, ν) around a customer's mean,
/// and ν is gamma(<paramref name="Q"/>, <paramref name="Gamma"/>) across customers.
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double Gamma);
