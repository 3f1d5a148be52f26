using PluginCrm.ValueScoring.Abc;
using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Rfm;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>
/// Everything a run used, stored with it so that its scores stay explainable after the settings change, and where its ABC
/// classes ended (<see cref="Abc"/>; null in runs stored before the cut-offs were kept).
/// </summary>
public sealed record RunParameters(
    DateOnly AsOf,
    string Unit,
    ValueScoringSettings Settings,
    RfmModel Rfm,
    BgNbdFit? BgNbd,
    string? BgNbdError,
    GammaGammaFit? GammaGamma,
    string? GammaGammaError,
    AbcCutOffs? Abc = null);
