using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace PluginCrm.ValueScoring.Numerics;

/// <summary>
/// Minimises a function of strictly positive parameters with MathNet's Nelder-Mead simplex over their logarithms
/// (so no step leaves the domain), restarting from the best point until a fresh simplex finds nothing better:
/// a simplex can stall in a narrow valley, a restart rebuilds it around the best point.
/// </summary>
public static class PositiveMinimizer
{
    private const int MaxRestarts = 20;
    private const int MaxIterations = 20_000;

    public static Minimum Minimize(Func<double[], double> function, double[] start)
    {
        if (start.Any(v => !(v > 0) || double.IsInfinity(v)))
            throw new ArgumentException($"every starting value must be positive and finite: {string.Join(", ", start)}", nameof(start));
        double Objective(Vector<double> logs)
        {
            var value = function(logs.Select(v => Math.Exp(v)).ToArray());
            return double.IsFinite(value) ? value : double.MaxValue / 4; // outside the function's domain: never the minimum
        }

        var simplex = new NelderMeadSimplex(1e-12, MaxIterations);
        var point = Vector<double>.Build.DenseOfEnumerable(start.Select(v => Math.Log(v)));
        var best = Objective(point);
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            MinimizationResult result;
            try
            {
                result = simplex.FindMinimum(ObjectiveFunction.Value(Objective), point);
            }
            catch (MaximumIterationsException)
            {
                throw new FitException($"the optimiser did not converge in {MaxIterations} steps (the likelihood keeps rising towards the edge of the parameter space)");
            }
            var value = result.FunctionInfoAtMinimum.Value;
            var improvement = best - value;
            if (value < best)
            {
                point = result.MinimizingPoint;
                best = value;
            }
            if (restart > 0 && improvement <= 1e-10 * Math.Max(1, Math.Abs(best)))
                return new Minimum(point.Select(v => Math.Exp(v)).ToArray(), best, restart);
        }
        throw new FitException($"the optimiser did not settle after {MaxRestarts} restarts (last value {best})");
    }
}
