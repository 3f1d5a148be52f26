namespace PluginCrm.ValueScoring.Numerics;

/// <summary>Where a minimisation ended: the point, the function value there, and how many quasi-Newton iterations it took.</summary>
public sealed record Minimum(double[] Point, double Value, int Iterations);
