namespace PluginCrm.ValueScoring.Churn;

/// <summary>The thresholds of the churn warning (流失预警), from the plugin's settings.</summary>
public sealed record ChurnRules(
    double SilenceFactor, int SpendWindowDays, double SpendDropPercent, double AliveThreshold, int OpenComplaintsThreshold, int SatisfactionWindowDays);
