using System.Runtime.CompilerServices;
using MathNet.Numerics;
using PluginCrm.ValueScoring.Numerics;

namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>
/// The Gamma-Gamma negative log-likelihood (<see cref="GammaGammaModel.LogLikelihood"/> summed over the repeat
/// customers) and its gradient in (p, q, γ). Customers with the same (x, zbar) give the same term, so each distinct
/// one is evaluated once, and the ln Γ and digamma values that depend on x alone once per distinct x. Per customer
/// ℓ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln zbar + px ln x − (px+q) ln(γ + x·zbar) has
/// ∂ℓ/∂p = x [ψ(px+q) − ψ(px) + ln zbar + ln x − ln(γ + x·zbar)];
/// ∂ℓ/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + x·zbar);
/// ∂ℓ/∂γ = q/γ − (px+q)/(γ + x·zbar).
/// </summary>
public sealed class GammaGammaLikelihood
{
    private readonly int[] xs;
    private readonly double[] customersByX;
    private readonly int[] groupX;
    private readonly double[] counts, lnZbar, lnX, spend;
    private readonly double customers;

    /// <param name="repeat">The repeat customers: x &gt; 0 repeat purchases of mean value zbar &gt; 0.</param>
    public GammaGammaLikelihood(IReadOnlyCollection<(int X, double Zbar)> repeat)
    {
        var groups = repeat.GroupBy(c => c).Select(g => (g.Key.X, g.Key.Zbar, Count: (double)g.Count())).ToArray();
        (xs, groupX) = DistinctIndex.Of(groups.Select(g => g.X).ToArray());
        counts = groups.Select(g => g.Count).ToArray();
        lnZbar = groups.Select(g => Math.Log(g.Zbar)).ToArray();
        lnX = groups.Select(g => Math.Log(g.X)).ToArray();
        spend = groups.Select(g => g.X * g.Zbar).ToArray();
        customersByX = new double[xs.Length];
        for (var g = 0; g < groups.Length; g++)
            customersByX[groupX[g]] += counts[g];
        customers = repeat.Count;
    }

    /// <summary>The number of distinct (x, zbar): the terms one evaluation sums.</summary>
    public int Groups => counts.Length;

    /// <summary>−Σ ℓ at v = [p, q, γ]; writes −∂Σℓ/∂v into <paramref name="gradient"/>.</summary>
    // Straight to optimised code: a fit calls this some 60 times, too few for tiered compilation to leave its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Negative(double[] v, double[] gradient)
    {
        var (p, q, gamma) = (v[0], v[1], v[2]);
        var lnGamma = Math.Log(gamma);
        var value = customers * (q * lnGamma - SpecialFunctions.GammaLn(q));
        var dQ = customers * (lnGamma - SpecialFunctions.DiGamma(q));
        var dGamma = customers * q / gamma;
        var digammaPxQ = new double[xs.Length];
        var digammaPx = new double[xs.Length];
        for (var k = 0; k < xs.Length; k++)
        {
            var px = p * xs[k];
            value += customersByX[k] * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px));
            (digammaPxQ[k], digammaPx[k]) = (SpecialFunctions.DiGamma(px + q), SpecialFunctions.DiGamma(px));
            dQ += customersByX[k] * digammaPxQ[k];
        }
        var dP = 0.0;
        for (var g = 0; g < counts.Length; g++)
        {
            var (k, c) = (groupX[g], counts[g]);
            var px = p * xs[k];
            var lnTotal = Math.Log(gamma + spend[g]);
            value += c * ((px - 1) * lnZbar[g] + px * lnX[g] - (px + q) * lnTotal);
            dP += c * xs[k] * (digammaPxQ[k] - digammaPx[k] + lnZbar[g] + lnX[g] - lnTotal);
            dQ -= c * lnTotal;
            dGamma -= c * (px + q) / (gamma + spend[g]);
        }
        (gradient[0], gradient[1], gradient[2]) = (-dP, -dQ, -dGamma);
        return -value;
    }
}
