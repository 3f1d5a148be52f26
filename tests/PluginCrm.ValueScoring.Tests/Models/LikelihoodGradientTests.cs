using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Models;

/// <summary>
/// The grouped likelihoods the fits minimise equal the per-customer formulas of the models summed, and their analytic
/// gradients equal central finite differences of the value, on the CDNOW sample, at points away from the optimum.
/// </summary>
public sealed class LikelihoodGradientTests
{
    private static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    private static readonly List<CalibrationSummary> Sample =
        CalibrationSummaries.Build(PurchaseHistories.Build(CdnowFiles.SampleOrders(), CalibrationEnd), CalibrationEnd, TimeUnit.Week);

    [Theory]
    [InlineData(0.24, 4.4, 0.79, 2.4)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(0.05, 30, 3, 0.4)]
    public void Bg_nbd_value_is_the_sum_of_equation_6_and_its_gradient_matches_finite_differences(double r, double alpha, double a, double b)
    {
        var likelihood = new BgNbdLikelihood(Sample);
        var p = new BgNbdParameters(r, alpha, a, b);

        var value = likelihood.Negative([r, alpha, a, b], new double[4]);

        Assert.Equal(-Sample.Sum(c => BgNbdModel.LogLikelihood(p, c.X, c.Tx, c.T)), value, 1e-9 * Math.Abs(value));
        Assert.True(likelihood.Groups < Sample.Count);
        AssertGradient(likelihood.Negative, [r, alpha, a, b]);
    }

    [Theory]
    [InlineData(6.25, 3.74, 15.44)]
    [InlineData(1, 1, 1)]
    [InlineData(0.5, 12, 200)]
    public void Gamma_gamma_value_is_the_sum_of_the_model_and_its_gradient_matches_finite_differences(double p, double q, double gamma)
    {
        var repeat = Sample.Where(c => c.X > 0).Select(c => (c.X, c.MeanRepeatValue)).ToArray();
        var likelihood = new GammaGammaLikelihood(repeat);

        var value = likelihood.Negative([p, q, gamma], new double[3]);

        Assert.Equal(-repeat.Sum(c => GammaGammaModel.LogLikelihood(new GammaGammaParameters(p, q, gamma), c.X, c.MeanRepeatValue)), value, 1e-9 * Math.Abs(value));
        Assert.True(likelihood.Groups < repeat.Length);
        AssertGradient(likelihood.Negative, [p, q, gamma]);
    }

    // Central differences with a step relative to each parameter: error O(h²), well below the 1e-6 relative asked.
    private static void AssertGradient(LikelihoodObjective function, double[] at)
    {
        var analytic = new double[at.Length];
        function(at, analytic);
        for (var i = 0; i < at.Length; i++)
        {
            var h = 1e-5 * at[i];
            double[] up = [.. at], down = [.. at];
            up[i] += h;
            down[i] -= h;
            var numeric = (function(up, new double[at.Length]) - function(down, new double[at.Length])) / (2 * h);
            Assert.True(Math.Abs(analytic[i] - numeric) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"parameter {i}: analytic {analytic[i]:R}, finite differences {numeric:R}");
        }
    }
}
