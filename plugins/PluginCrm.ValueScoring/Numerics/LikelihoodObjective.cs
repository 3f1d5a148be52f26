namespace PluginCrm.ValueScoring.Numerics;

/// <summary>
/// A negative log-likelihood for <see cref="PositiveMinimizer"/>: returns its value at <c>parameters</c> and writes
/// its gradient with respect to each parameter into <c>gradient</c> (same order, same length).
/// </summary>
public delegate double LikelihoodObjective(double[] parameters, double[] gradient);
