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

    [Fact]
    public void A_likelihood_that_rises_towards_a_and_b_without_bound_is_refused_not_fitted_at_its_start()
    {
        // Customer i buys 1 + i mod 6 times, every 2 days (one in three) or every 7·(1 + i mod 4) days, from day i.
        var end = new DateOnly(2025, 6, 30);
        var summaries = Enumerable.Range(0, 40).Select(i =>
        {
            var (x, every) = (i % 6, i % 3 == 0 ? 2 : 7 * (1 + i % 4));
            return new CalibrationSummary(i, x, x * every, end.DayNumber - new DateOnly(2025, 1, 6).DayNumber - i, 0);
        }).ToList();
        // Along a/(a+b) = 0.3 at r = 0.6, α = 6 the log-likelihood rises with a+b: −427.4665 at 1e3, −427.4430 at 1e6 and on
        // to 1e12 (checked in 40-digit arithmetic): no interior maximum. The fit used to stop where rounding in ln Γ hid the
        // rise (a ≈ 5e6), or at its start once the exact sums let a line search run past e^30.
        double At(double size) => summaries.Sum(c => BgNbdModel.LogLikelihood(new BgNbdParameters(0.6, 6, 0.3 * size, 0.7 * size), c.X, c.Tx, c.T));
        Assert.True(At(1e6) > At(1e3));

        var refused = Assert.Throws<FitException>(() => BgNbdFitter.Fit(summaries));

        Assert.StartsWith("BG/NBD: the likelihood has no interior maximum on these data", refused.Message);
    }
}
