namespace PluginCrm.ValueScoring.Numerics;

/// <summary>The Gauss hypergeometric function, which the BG/NBD expectations need.</summary>
public static class Hypergeometric
{
    /// <summary>
    /// 2F1(a, b; c; z) by its power series, for 0 ≤ z &lt; 1: the sum of (a)_k (b)_k / ((c)_k k!) z^k, each term the
    /// previous one times (a+k)(b+k)/((c+k)(k+1)) z, until a term no longer changes the sum.
    /// </summary>
    public static double F21(double a, double b, double c, double z)
    {
        if (z < 0 || z >= 1)
            throw new ArgumentOutOfRangeException(nameof(z), z, "the series is used for 0 <= z < 1 only");
        double sum = 1, term = 1;
        for (var k = 0; k < 1_000_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-15 * Math.Abs(sum))
                return sum;
        }
        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge");
    }
}
