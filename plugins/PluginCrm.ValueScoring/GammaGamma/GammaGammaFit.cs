namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>A Gamma-Gamma fit: the parameters, the log-likelihood there, and the number of repeat customers used.</summary>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int RepeatCustomers);
