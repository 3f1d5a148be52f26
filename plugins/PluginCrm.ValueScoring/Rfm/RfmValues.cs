namespace PluginCrm.ValueScoring.Rfm;

/// <summary>A customer's raw RFM values as of a date: days since the last purchase, purchase days, net spend.</summary>
public sealed record RfmValues(long CustomerId, int RecencyDays, int Frequency, decimal Monetary);
