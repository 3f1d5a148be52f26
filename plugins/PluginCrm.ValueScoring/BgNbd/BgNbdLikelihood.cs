using System.Runtime.CompilerServices;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>
/// The BG/NBD negative log-likelihood (<see cref="BgNbdModel.LogLikelihood"/> summed over customers) and its gradient
/// in (r, α, a, b). Per customer, with S = −(r+x) ln(α+T), D = ln a − ln(b+x−1) − (r+x) ln(α+t_x) and
/// w = e^D / (e^S + e^D) the weight of the "dropped out at t_x" branch (0 when x = 0), the log-likelihood
/// ℓ = ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x) + ln(e^S + [x&gt;0] e^D) has
/// ∂ℓ/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+t_x);
/// ∂ℓ/∂α = r/α − (r+x) [(1−w)/(α+T) + w/(α+t_x)];
/// ∂ℓ/∂a = ψ(a+b) − ψ(a+b+x) + w/a;
/// ∂ℓ/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w/(b+x−1).
/// The sum is taken in three parts, each where it costs least. The terms in x alone, because x is a whole number, are
/// sums of logarithms and reciprocals: ln Γ(r+x) − ln Γ(r) = Σ_{i&lt;x} ln(r+i) and ψ(r+x) − ψ(r) = Σ_{i&lt;x} 1/(r+i)
/// (likewise for b and a+b), so each i counts once with the customers whose x exceeds it. The branch S, in T alone, is
/// summed per distinct T. What is left needs each repeat customer's z = D − S = ln a − ln(b+x−1) + (r+x) u, with
/// u = ln(α+T) − ln(α+t_x): ln(e^S + e^D) − S = ln(1 + e^z) and w = 1/(1 + e^−z), per distinct (x, t_x, T). One evaluation is not safe to run alongside another on the same instance.
/// </summary>
public sealed class BgNbdLikelihood
{
    private readonly BgNbdGroups groups;
    // Scratch of one evaluation: per distinct T and t_x, ln(α+t) and 1/(α+t); per x, ln a − ln(b+x−1) (z's part in x) and 1/(b+x−1).
    private readonly double[] lnT, invT, lnTx, invTx, zx, invBx1;

    public BgNbdLikelihood(IReadOnlyCollection<CalibrationSummary> summaries)
    {
        groups = new BgNbdGroups(summaries);
        (lnT, invT) = (new double[groups.T.Length], new double[groups.T.Length]);
        (lnTx, invTx) = (new double[groups.Tx.Length], new double[groups.Tx.Length]);
        (zx, invBx1) = (new double[groups.BeyondX.Length + 1], new double[groups.BeyondX.Length + 1]);
    }

    /// <summary>The number of distinct (x, t_x, T): the terms one evaluation sums.</summary>
    public int Groups => groups.Distinct;

    /// <summary>−Σ ℓ at p = [r, α, a, b]; writes −∂Σℓ/∂p into <paramref name="gradient"/>.</summary>
    // Straight to optimised code: a fit calls this some 60 times, too few for tiered compilation to leave its slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Negative(double[] p, double[] gradient)
    {
        var (r, alpha, a, b) = (p[0], p[1], p[2], p[3]);
        var lnAlpha = Math.Log(alpha);
        var n = groups.Customers;
        double value = n * r * lnAlpha, dR = n * lnAlpha, dAlpha = n * r / alpha, dA = 0, dB = 0;

        var (beyond, lnA) = (groups.BeyondX, Math.Log(a));
        for (var i = 0; i < beyond.Length; i++)
        {
            // ln(b+i) and 1/(b+i) serve twice: in ln Γ(b+x) − ln Γ(b) and ψ(b+x) − ψ(b), and as ln(b+x−1), 1/(b+x−1) for x = i+1.
            var (lnB, invB) = (Math.Log(b + i), 1 / (b + i));
            (zx[i + 1], invBx1[i + 1]) = (lnA - lnB, invB);
            value += beyond[i] * (Math.Log(r + i) + lnB - Math.Log(a + b + i));
            dR += beyond[i] / (r + i);
            dA -= beyond[i] / (a + b + i);
            dB += beyond[i] * (invB - 1 / (a + b + i));
        }

        var (customers, purchases) = (groups.CustomersByT, groups.PurchasesByT);
        for (var i = 0; i < groups.T.Length; i++)
        {
            (lnT[i], invT[i]) = (Math.Log(alpha + groups.T[i]), 1 / (alpha + groups.T[i]));
            value -= lnT[i] * (r * customers[i] + purchases[i]);
            dR -= customers[i] * lnT[i];
            dAlpha -= invT[i] * (r * customers[i] + purchases[i]);
        }
        for (var j = 0; j < groups.Tx.Length; j++)
            (lnTx[j], invTx[j]) = (Math.Log(alpha + groups.Tx[j]), 1 / (alpha + groups.Tx[j]));

        var (softplus, wu, wv, w, wb) = Dropout(r);
        value += softplus;
        dR += wu;
        dAlpha += wv;
        dA += w / a;
        dB -= wb;
        (gradient[0], gradient[1], gradient[2], gradient[3]) = (-dR, -dAlpha, -dA, -dB);
        return -value;
    }

    /// <summary>
    /// Over the repeat groups, c the group's customers: Σ c ln(1 + e^z), Σ c w u, Σ c (r+x) w v with
    /// v = 1/(α+T) − 1/(α+t_x), Σ c w and Σ c w/(b+x−1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Softplus, double Wu, double Wv, double W, double Wb) Dropout(double r)
    {
        double softplus = 0, wu = 0, wv = 0, w = 0, wb = 0;
        // Σ ln(1 + e) over the groups of one customer (most of them) as the logarithm of their product, taken every 1,000
        // factors (each at most 2, so the product stays below 2^1000): a logarithm costs more than the exponential.
        var (product, factors) = (1.0, 0);
        var (xs, ts, txs, counts) = (groups.GroupX, groups.GroupT, groups.GroupTx, groups.Count);
        for (var g = 0; g < counts.Length; g++)
        {
            var (x, t, tx, c) = (xs[g], ts[g], txs[g], counts[g]);
            var u = lnT[t] - lnTx[tx];
            var z = zx[x] + (r + x) * u;
            // ln(1 + e^z) = max(z, 0) + ln(1 + e) and w = 1/(1 + e^−z) from one exponential e that cannot overflow.
            var e = Math.Exp(-Math.Abs(z));
            var cw = c * (z >= 0 ? 1 / (1 + e) : e / (1 + e));
            softplus += c * Math.Max(z, 0);
            if (c != 1)
                softplus += c * Math.Log(1 + e);
            else
            {
                product *= 1 + e;
                if (++factors == 1000)
                    (softplus, product, factors) = (softplus + Math.Log(product), 1, 0);
            }
            wu += cw * u;
            wv += cw * (r + x) * (invT[t] - invTx[tx]);
            w += cw;
            wb += cw * invBx1[x];
        }
        return (softplus + Math.Log(product), wu, wv, w, wb);
    }
}
