namespace PluginCrm.ValueScoring.Numerics;

/// <summary>Where a minimisation ended: the point, the function value there, and how many quasi-Newton iterations it took.</summary>
public sealed record Minimum(double[] Point, double Value, int Iterations)
{
    /// <summary>Whether every coordinate of the point lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public bool Within(double low, double high)
    {
        foreach (var v in Point)
            if (!(v >= low && v <= high))
                return false;
        return true;
    }
}
