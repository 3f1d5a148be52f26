namespace PluginCrm.ValueScoring.Purchases;

/// <summary>
/// A customer over the calibration period, in the notation of Fader, Hardie &amp; Lee (2005): <paramref name="X"/>
/// repeat purchases (days after the first), the last one at <paramref name="Tx"/> and the period's end at
/// <paramref name="T"/>, both counted from the first purchase in the run's time unit; <paramref name="MeanRepeatValue"/>
/// (zbar) is the mean amount of the repeat purchase days, 0 when there are none.
/// </summary>
public sealed record CalibrationSummary(long CustomerId, int X, double Tx, double T, double MeanRepeatValue);
