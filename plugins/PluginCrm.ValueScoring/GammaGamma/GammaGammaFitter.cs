using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>Fits p, q and γ by maximum likelihood on the customers with repeat purchases (x &gt; 0, zbar &gt; 0), by BFGS with the analytic gradient.</summary>
public static class GammaGammaFitter
{
    public const int MinimumRepeatCustomers = 10;

    public static readonly GammaGammaParameters DefaultStart = new(1, 1, 1);

    public static GammaGammaFit Fit(IReadOnlyCollection<CalibrationSummary> customers, GammaGammaParameters? start = null)
    {
        var repeat = Repeat(customers);
        if (repeat.Length < MinimumRepeatCustomers)
            throw new FitException($"Gamma-Gamma: only {repeat.Length} customers have repeat purchases of positive value; at least {MinimumRepeatCustomers} must");
        if (SameSpend(repeat))
            throw new FitException($"Gamma-Gamma: every repeat customer spends the same mean amount ({repeat[0].Zbar}); the spread of spend cannot be estimated");

        var likelihood = new GammaGammaLikelihood(repeat);
        var s = start ?? DefaultStart;
        var minimum = Minimize(likelihood.Negative, [s.P, s.Q, s.Gamma]);
        var fitted = new GammaGammaParameters(minimum.Point[0], minimum.Point[1], minimum.Point[2]);
        if (!minimum.Within(1e-8, 1e8) || fitted.Q <= 1)
            throw new FitException($"Gamma-Gamma: no usable maximum on these data (p={fitted.P:G4}, q={fitted.Q:G4}, gamma={fitted.Gamma:G4}; q must exceed 1 for a finite mean spend)");
        return new GammaGammaFit(fitted, -minimum.Value, repeat.Length);
    }

    // Loops rather than LINQ, whose methods over value tuples are compiled on first use in a fresh process.
    private static (int X, double Zbar)[] Repeat(IReadOnlyCollection<CalibrationSummary> customers)
    {
        var count = 0;
        foreach (var c in customers)
            if (c.X > 0 && c.MeanRepeatValue > 0)
                count++;
        var repeat = new (int X, double Zbar)[count];
        count = 0;
        foreach (var c in customers)
            if (c.X > 0 && c.MeanRepeatValue > 0)
                repeat[count++] = (c.X, c.MeanRepeatValue);
        return repeat;
    }

    private static bool SameSpend((int X, double Zbar)[] repeat)
    {
        foreach (var c in repeat)
            if (c.Zbar != repeat[0].Zbar)
                return false;
        return true;
    }

    private static Minimum Minimize(LikelihoodObjective function, double[] start)
    {
        try
        {
            return PositiveMinimizer.Minimize(function, start);
        }
        catch (FitException ex)
        {
            throw new FitException($"Gamma-Gamma: {ex.Message}; these data do not determine the parameters");
        }
    }
}
