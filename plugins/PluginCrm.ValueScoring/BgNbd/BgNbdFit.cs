namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>A maximum-likelihood fit: the parameters, the log-likelihood there, and what it was fitted on.</summary>
public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int Customers, int RepeatCustomers);
