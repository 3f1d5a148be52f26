using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.Tests.Models;

/// <summary>Data that cannot support a fit gets a clear error, not a number.</summary>
public sealed class FitErrorTests
{
    [Fact]
    public void All_zero_data_cannot_be_fitted()
    {
        var none = Enumerable.Range(1, 50).Select(i => new CalibrationSummary(i, 0, 0, 10, 0)).ToList();

        Assert.Equal("BG/NBD: only 0 of 50 customers bought again in the calibration period; at least 10 must, or the dropout parameters a and b cannot be estimated",
            Assert.Throws<FitException>(() => BgNbdFitter.Fit(none)).Message);
        Assert.Equal("BG/NBD: no customer bought in the calibration period", Assert.Throws<FitException>(() => BgNbdFitter.Fit([])).Message);
        Assert.StartsWith("Gamma-Gamma: only 0 customers", Assert.Throws<FitException>(() => GammaGammaFitter.Fit(none)).Message);
    }

    [Fact]
    public void Identical_spend_cannot_give_a_spend_spread()
    {
        var same = Enumerable.Range(1, 20).Select(i => new CalibrationSummary(i, 1 + i % 3, 5, 10, 12.5)).ToList();

        Assert.Contains("every repeat customer spends the same mean amount (12.5)", Assert.Throws<FitException>(() => GammaGammaFitter.Fit(same)).Message);
    }
}
