using System.Runtime.CompilerServices;
using MathNet.Numerics;
using PluginCrm.ValueScoring.Numerics;

namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>
/// The Gamma-Gamma negative log-likelihood (<see cref="GammaGammaModel.LogLikelihood"/> summed over the repeat
/// customers) and its gradient in (p, q, γ). Per customer
/// ℓ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln zbar + px ln x − (px+q) ln(γ + x·zbar) has
/// ∂ℓ/∂p = x [ψ(px+q) − ψ(px) + ln zbar + ln x − ln(γ + x·zbar)];
/// ∂ℓ/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + x·zbar);
/// ∂ℓ/∂γ = q/γ − (px+q)/(γ + x·zbar).
/// The ln Γ and ψ terms are summed per distinct x; the ln zbar and ln x terms are linear in p, so their sums are taken
/// once; what is left is ln(γ + x·zbar) and its reciprocal per distinct (x, zbar).
/// </summary>
public sealed class GammaGammaLikelihood
{
    private readonly double[] customersByX;
    private readonly double[] counts, purchases, spend;
    private readonly double customers, lnZbarSum, xLnZbarSum, xLnXSum;

    /// <param name="repeat">The repeat customers: x &gt; 0 repeat purchases of mean value zbar &gt; 0.</param>
    public GammaGammaLikelihood(ReadOnlySpan<(int X, double Zbar)> repeat)
    {
        var (x, zbar, maxX) = (new int[repeat.Length], new double[repeat.Length], 0);
        for (var i = 0; i < repeat.Length; i++)
            (x[i], zbar[i], maxX) = (repeat[i].X, repeat[i].Zbar, Math.Max(maxX, repeat[i].X));
        customers = repeat.Length;
        var (zbars, zbarIndex) = DistinctIndex.Of(zbar);
        var keys = new long[repeat.Length];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = (long)x[i] * zbars.Length + zbarIndex[i];
        var (distinct, group) = DistinctIndex.Of(keys);
        Groups = distinct.Length;

        (counts, purchases, spend) = (new double[distinct.Length], new double[distinct.Length], new double[distinct.Length]);
        foreach (var g in group)
            counts[g]++;
        for (var g = 0; g < distinct.Length; g++)
        {
            var (gx, gz) = ((int)(distinct[g] / zbars.Length), zbars[distinct[g] % zbars.Length]);
            (purchases[g], spend[g]) = (counts[g] * gx, gx * gz);
            lnZbarSum += counts[g] * Math.Log(gz);
            xLnZbarSum += counts[g] * gx * Math.Log(gz);
            xLnXSum += counts[g] * gx * Math.Log(gx);
        }
        customersByX = new double[maxX + 1];
        foreach (var purchasesOfOne in x)
            customersByX[purchasesOfOne]++;
    }

    /// <summary>The number of distinct (x, zbar): the terms one evaluation sums.</summary>
    public int Groups { get; }

    /// <summary>−Σ ℓ at v = [p, q, γ]; writes −∂Σℓ/∂v into <paramref name="gradient"/>.</summary>
    // Straight to optimised code: a fit calls this some 50 times, too few for tiered compilation to leave its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Negative(double[] v, double[] gradient)
    {
        var (p, q, gamma) = (v[0], v[1], v[2]);
        var lnGamma = Math.Log(gamma);
        var value = customers * (q * lnGamma - SpecialFunctions.GammaLn(q)) + p * (xLnZbarSum + xLnXSum) - lnZbarSum;
        var dP = xLnZbarSum + xLnXSum;
        var dQ = customers * (lnGamma - SpecialFunctions.DiGamma(q));
        var dGamma = customers * q / gamma;
        for (var x = 1; x < customersByX.Length; x++)
        {
            if (customersByX[x] == 0)
                continue;
            var px = p * x;
            var digammaPxQ = SpecialFunctions.DiGamma(px + q);
            value += customersByX[x] * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px));
            dP += customersByX[x] * x * (digammaPxQ - SpecialFunctions.DiGamma(px));
            dQ += customersByX[x] * digammaPxQ;
        }

        // Σ c ln(γ + x·zbar), Σ c x ln(γ + x·zbar) and the same of 1/(γ + x·zbar), c the group's customers.
        double ln = 0, xLn = 0, inverse = 0, xInverse = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            var (lnTotal, invTotal) = (Math.Log(gamma + spend[g]), 1 / (gamma + spend[g]));
            ln += counts[g] * lnTotal;
            xLn += purchases[g] * lnTotal;
            inverse += counts[g] * invTotal;
            xInverse += purchases[g] * invTotal;
        }
        value -= p * xLn + q * ln;
        dP -= xLn;
        dQ -= ln;
        dGamma -= p * xInverse + q * inverse;
        (gradient[0], gradient[1], gradient[2]) = (-dP, -dQ, -dGamma);
        return -value;
    }
}
