using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>Fits the four BG/NBD parameters by maximum likelihood on calibration summaries (BFGS with the analytic gradient).</summary>
public static class BgNbdFitter
{
    /// <summary>Below this many customers with a repeat purchase, a and b (the dropout process) are not identified.</summary>
    public const int MinimumRepeatCustomers = 10;

    // A fit less than this (relative) above the no-dropout edge is taken to be on that edge.
    private const double EdgeMargin = 1e-6;

    public static readonly BgNbdParameters DefaultStart = new(1, 1, 1, 1);

    public static BgNbdFit Fit(IReadOnlyCollection<CalibrationSummary> customers, BgNbdParameters? start = null)
    {
        var repeat = customers.Count(c => c.X > 0);
        if (customers.Count == 0)
            throw new FitException("BG/NBD: no customer bought in the calibration period");
        if (customers.All(c => c.T <= 0))
            throw new FitException("BG/NBD: every customer first bought on the last day of the calibration period, so none was observed; choose a later calibration end");
        if (repeat < MinimumRepeatCustomers)
            throw new FitException($"BG/NBD: only {repeat} of {customers.Count} customers bought again in the calibration period; at least {MinimumRepeatCustomers} must, or the dropout parameters a and b cannot be estimated");

        var likelihood = new BgNbdLikelihood(customers);
        var s = start ?? DefaultStart;
        var minimum = Minimize(likelihood.Negative, [s.R, s.Alpha, s.A, s.B]);
        var fitted = new BgNbdParameters(minimum.Point[0], minimum.Point[1], minimum.Point[2], minimum.Point[3]);
        if (!minimum.Within(1e-8, 1e8) || !BeatsNoDropout(likelihood, fitted, -minimum.Value))
            throw new FitException($"BG/NBD: the likelihood has no interior maximum on these data (the fit ran to r={fitted.R:G4}, alpha={fitted.Alpha:G4}, a={fitted.A:G4}, b={fitted.B:G4}); more customers or a longer calibration period are needed");
        return new BgNbdFit(fitted, -minimum.Value, customers.Count, repeat);
    }

    /// <summary>
    /// Whether the fit is better than its edge a → 0, where the dropout branch and the beta terms vanish and BG/NBD
    /// becomes the NBD model without dropout: when the likelihood keeps rising towards that edge, BFGS over ln a stops
    /// wherever the slope has flattened (a ≈ 5e-7, b ≈ 2e4 on the online-retail sample), not at an interior maximum.
    /// Only a fit that went towards that edge, with a mean dropout probability a/(a+b) below 1e-3 (online retail 3e-11,
    /// CDNOW 0.25), is compared: the comparison is a second fit, as long as the first.
    /// </summary>
    private static bool BeatsNoDropout(BgNbdLikelihood likelihood, BgNbdParameters fitted, double logLikelihood)
    {
        if (fitted.A / (fitted.A + fitted.B) >= 1e-3)
            return true;
        // a = the smallest double: ln Γ(a+b) − ln Γ(a+b+x) cancels ln Γ(b+x) − ln Γ(b) exactly and e^D underflows to 0.
        var all = new double[4];
        double NoDropout(double[] v, double[] gradient)
        {
            var value = likelihood.Negative([v[0], v[1], double.Epsilon, 1], all);
            (gradient[0], gradient[1]) = (all[0], all[1]);
            return value;
        }
        // From the fit's r and α: on the edge they are the answer already, elsewhere the comparison needs no precision.
        var edge = -PositiveMinimizer.Minimize(NoDropout, [fitted.R, fitted.Alpha]).Value;
        return logLikelihood - edge > EdgeMargin * Math.Max(1, Math.Abs(logLikelihood));
    }

    private static Minimum Minimize(LikelihoodObjective function, double[] start)
    {
        try
        {
            return PositiveMinimizer.Minimize(function, start);
        }
        catch (FitException ex)
        {
            throw new FitException($"BG/NBD: {ex.Message}; these data do not determine the parameters");
        }
    }
}
