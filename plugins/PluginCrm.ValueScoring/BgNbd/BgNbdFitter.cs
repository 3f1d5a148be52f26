using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>Fits the four BG/NBD parameters by maximum likelihood on calibration summaries.</summary>
public static class BgNbdFitter
{
    /// <summary>Below this many customers with a repeat purchase, a and b (the dropout process) are not identified.</summary>
    public const int MinimumRepeatCustomers = 10;

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

        // Customers with the same (x, t_x, T) contribute the same term: evaluate each distinct one once.
        var groups = customers.GroupBy(c => (c.X, c.Tx, c.T)).Select(g => (g.Key.X, g.Key.Tx, g.Key.T, Count: g.Count())).ToArray();
        double NegativeLogLikelihood(double[] v)
        {
            var p = new BgNbdParameters(v[0], v[1], v[2], v[3]);
            var sum = 0.0;
            foreach (var (x, tx, T, count) in groups)
                sum += count * BgNbdModel.LogLikelihood(p, x, tx, T);
            return -sum;
        }

        var s = start ?? DefaultStart;
        var minimum = Minimize(NegativeLogLikelihood, [s.R, s.Alpha, s.A, s.B]);
        var fitted = new BgNbdParameters(minimum.Point[0], minimum.Point[1], minimum.Point[2], minimum.Point[3]);
        if (minimum.Point.Any(v => v < 1e-8 || v > 1e8))
            throw new FitException($"BG/NBD: the likelihood has no interior maximum on these data (the fit ran to r={fitted.R:G4}, alpha={fitted.Alpha:G4}, a={fitted.A:G4}, b={fitted.B:G4}); more customers or a longer calibration period are needed");
        return new BgNbdFit(fitted, -minimum.Value, customers.Count, repeat);
    }

    private static Minimum Minimize(Func<double[], double> function, double[] start)
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
