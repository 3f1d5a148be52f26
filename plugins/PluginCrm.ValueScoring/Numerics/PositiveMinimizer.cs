using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace PluginCrm.ValueScoring.Numerics;

/// <summary>
/// Minimises a smooth function of strictly positive parameters with MathNet's BFGS over their logarithms, so no step
/// leaves the domain; the caller's analytic gradient is carried to the logarithms by the chain rule,
/// ∂f/∂ln θ = θ · ∂f/∂θ. BFGS can also stop on a line search that no longer makes progress: where the gradient is then
/// still large, a fresh start from the best point (a new Hessian estimate) is tried until it finds nothing better.
/// The function is divided by its size at the start: MathNet's BFGS starts from the identity as inverse Hessian, and on
/// a likelihood summed over thousands of customers (gradients in the thousands) its second step lands hundreds of
/// logarithms away, where ln Γ of huge arguments cancels to noise.
/// </summary>
public static class PositiveMinimizer
{
    private const int MaxIterations = 1_000;
    private const int MaxRestarts = 5;

    // Relative gradient (MathNet scales by |θ| and |f|): 1e-10 puts the parameters within about 1e-9 of the optimum.
    private const double GradientTolerance = 1e-10;
    private const double StepTolerance = 1e-10;

    // A stop for lack of progress with a relative gradient below this is rounding noise at the optimum (parameters within
    // about 1e-7): a fresh start there finds nothing and costs some 50 evaluations (MathNet's first trial step is
    // 100 × tolerance / |g|², huge when g is tiny, and is halved back).
    private const double SettledGradient = 1e-7;

    // Beyond e^±30 no likelihood here is computed to any precision (ln Γ(e^30) ≈ 3e14): treated as outside the domain.
    private const double MaxLog = 30;

    // MathNet otherwise probes for native MKL, OpenBLAS and CUDA providers on first use (some 6 ms in a fresh process);
    // BFGS on three or four parameters has no use for them.
    static PositiveMinimizer() => LinearAlgebraControl.UseManaged();

    public static Minimum Minimize(LikelihoodObjective function, double[] start)
    {
        var logs = new double[start.Length];
        for (var i = 0; i < start.Length; i++)
            logs[i] = start[i] > 0 && !double.IsInfinity(start[i]) ? Math.Log(start[i])
                : throw new ArgumentException($"every starting value must be positive and finite: {string.Join(", ", start)}", nameof(start));
        var (parameters, gradient) = (new double[start.Length], new double[start.Length]);
        var scale = 1.0;
        // The lowest value any evaluation found, and where.
        var (seen, seenValue) = (Vector<double>.Build.Dense(start.Length), double.MaxValue);
        (double, Vector<double>) Objective(Vector<double> logs)
        {
            var inside = true;
            for (var i = 0; i < parameters.Length; i++)
                (parameters[i], inside) = (Math.Exp(logs[i]), inside && Math.Abs(logs[i]) <= MaxLog);
            var value = inside ? function(parameters, gradient) * scale : double.NaN;
            var (logGradient, finite) = (new double[parameters.Length], double.IsFinite(value));
            for (var i = 0; i < parameters.Length; i++)
                (logGradient[i], finite) = (parameters[i] * gradient[i] * scale, finite && double.IsFinite(gradient[i]));
            // Outside the function's domain: a value no step accepts, so the line search halves its step.
            if (!finite)
                return (double.MaxValue / 4, Vector<double>.Build.Dense(parameters.Length));
            if (value < seenValue)
                (seen, seenValue) = (logs.Clone(), value);
            return (value, Vector<double>.Build.DenseOfArray(logGradient));
        }

        var bfgs = new BfgsMinimizer(GradientTolerance, StepTolerance, StepTolerance, MaxIterations);
        var point = Vector<double>.Build.DenseOfArray(logs);
        var best = Objective(point).Item1;
        if (best >= double.MaxValue / 4)
            throw new ArgumentException($"the function is not finite at the start: {string.Join(", ", start)}", nameof(start));
        scale = 1 / Math.Max(1, Math.Abs(best));
        (best, seenValue) = (best * scale, best * scale);
        var iterations = 0;
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            MinimizationResult result;
            try
            {
                result = bfgs.FindMinimum(ObjectiveFunction.Gradient(Objective), point);
            }
            catch (Exception ex) when (ex is MaximumIterationsException or InnerOptimizationException or EvaluationException)
            {
                throw new FitException($"the optimiser did not converge ({ex.Message.TrimEnd('.')}; the likelihood keeps rising towards the edge of the parameter space)");
            }
            iterations += result.Iterations;
            // A run that ended outside the domain (its last line search went past e^±30, as on a likelihood that keeps
            // rising towards an edge) continues from the best point it passed; it has not settled.
            var (value, at) = (result.FunctionInfoAtMinimum.Value, result.MinimizingPoint);
            var outside = value >= double.MaxValue / 4;
            if (outside)
                (value, at) = (seenValue, seen);
            // A line search that stopped for lack of progress returns its last trial, which may be no better: keep the best.
            var improvement = best - value;
            if (value <= best)
                (point, best) = (at, value);
            if ((value <= best && !outside && RelativeGradient(result.FunctionInfoAtMinimum) <= SettledGradient)
                || (restart > 0 && improvement <= 1e-12 * Math.Max(1, Math.Abs(best))))
            {
                var fitted = new double[point.Count];
                for (var i = 0; i < fitted.Length; i++)
                    fitted[i] = Math.Exp(point[i]);
                return new Minimum(fitted, best / scale, iterations);
            }
        }
        throw new FitException($"the optimiser did not settle after {MaxRestarts} restarts (last value {best})");
    }

    // As MathNet measures it: max over i of |∂f/∂xᵢ| · max(|xᵢ|, 1) / max(|f|, 1).
    private static double RelativeGradient(IObjectiveFunctionEvaluation at)
    {
        var largest = 0.0;
        for (var i = 0; i < at.Gradient.Count; i++)
            largest = Math.Max(largest, Math.Abs(at.Gradient[i]) * Math.Max(Math.Abs(at.Point[i]), 1));
        return largest / Math.Max(Math.Abs(at.Value), 1);
    }
}
