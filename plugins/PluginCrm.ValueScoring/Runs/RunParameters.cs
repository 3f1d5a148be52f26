using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Rfm;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>Everything a run used, stored with it so that its scores stay explainable after the settings change.</summary>
public sealed record RunParameters(
    DateOnly AsOf,
    string Unit,
    ValueScoringSettings Settings,
    RfmModel Rfm,
    BgNbdFit? BgNbd,
    string? BgNbdError,
    GammaGammaFit? GammaGamma,
    string? GammaGammaError);
