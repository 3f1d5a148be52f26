namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>
/// The BG/NBD parameters: purchase rates are gamma(<paramref name="R"/>, <paramref name="Alpha"/>) across customers
/// (alpha in the run's time unit), dropout probabilities beta(<paramref name="A"/>, <paramref name="B"/>).
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B);
