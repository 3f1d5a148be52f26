using MathNet.Numerics;
using PluginCrm.ValueScoring.Numerics;

namespace PluginCrm.ValueScoring.BgNbd;

/// <summary>The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting your customers the easy way"; equation numbers are the paper's.</summary>
public static class BgNbdModel
{
    /// <summary>
    /// The log-likelihood of one customer with x repeat purchases, the last at t_x, observed until T (equation 6):
    /// L = B(a,b+x)/B(a,b) · Γ(r+x)α^r/(Γ(r)(α+T)^(r+x)) + [x&gt;0] B(a+1,b+x-1)/B(a,b) · Γ(r+x)α^r/(Γ(r)(α+t_x)^(r+x)).
    /// </summary>
    public static double LogLikelihood(BgNbdParameters p, int x, double tx, double T)
    {
        var (r, alpha, a, b) = p;
        var common = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + r * Math.Log(alpha)
            + SpecialFunctions.GammaLn(a + b) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b + x);
        var stays = -(r + x) * Math.Log(alpha + T);
        if (x == 0)
            return common + stays;
        var dropped = Math.Log(a) - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + tx);
        var max = Math.Max(stays, dropped);
        return common + max + Math.Log(Math.Exp(stays - max) + Math.Exp(dropped - max));
    }

    /// <summary>Expected purchases of a new customer in a period of length t (equation 7).</summary>
    public static double ExpectedPurchases(BgNbdParameters p, double t)
    {
        var (r, alpha, a, b) = p;
        var z = t / (alpha + t);
        return (a + b - 1) / (a - 1) * (1 - Math.Pow(alpha / (alpha + t), r) * Hypergeometric.F21(r, b, a + b - 1, z));
    }

    /// <summary>P(no purchase in a period of length t) for a new customer: equation 8 at x = 0, (α/(α+t))^r.</summary>
    public static double ProbabilityNoPurchase(BgNbdParameters p, double t) => Math.Pow(p.Alpha / (p.Alpha + t), p.R);

    /// <summary>
    /// Expected purchases in the next t of a customer with history (x, t_x, T) (equation 10):
    /// (a+b+x-1)/(a-1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))] / (1 + [x&gt;0] a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)).
    /// </summary>
    public static double ConditionalExpectedPurchases(BgNbdParameters p, int x, double tx, double T, double t)
    {
        var (r, alpha, a, b) = p;
        var growth = (a + b + x - 1) / (a - 1)
            * (1 - Math.Pow((alpha + T) / (alpha + T + t), r + x) * Hypergeometric.F21(r + x, b + x, a + b + x - 1, t / (alpha + T + t)));
        return growth * ProbabilityAlive(p, x, tx, T);
    }

    /// <summary>P(alive | x, t_x, T) = 1 / (1 + [x&gt;0] a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)) (appendix of the paper).</summary>
    public static double ProbabilityAlive(BgNbdParameters p, int x, double tx, double T)
    {
        if (x == 0)
            return 1;
        var (r, alpha, a, b) = p;
        return 1 / (1 + a / (b + x - 1) * Math.Exp((r + x) * (Math.Log(alpha + T) - Math.Log(alpha + tx))));
    }
}
