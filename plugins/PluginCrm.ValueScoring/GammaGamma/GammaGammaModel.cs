using MathNet.Numerics;

namespace PluginCrm.ValueScoring.GammaGamma;

/// <summary>The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves", and Fader &amp; Hardie's note on it).</summary>
public static class GammaGammaModel
{
    /// <summary>
    /// The log-likelihood of a customer with x repeat purchases of mean value zbar:
    /// ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln zbar + px ln x − (px+q) ln(γ + x·zbar).
    /// </summary>
    public static double LogLikelihood(GammaGammaParameters p, int x, double zbar)
    {
        var px = p.P * x;
        return SpecialFunctions.GammaLn(px + p.Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(p.Q) + p.Q * Math.Log(p.Gamma)
            + (px - 1) * Math.Log(zbar) + px * Math.Log(x) - (px + p.Q) * Math.Log(p.Gamma + x * zbar);
    }

    /// <summary>
    /// E[mean purchase value | x, zbar] = p(γ + x·zbar) / (px + q − 1): a weighted mean of the population mean
    /// pγ/(q−1) and the customer's own zbar. With x = 0 it is the population mean.
    /// </summary>
    public static double ConditionalExpectedSpend(GammaGammaParameters p, int x, double zbar) =>
        p.P * (p.Gamma + x * zbar) / (p.P * x + p.Q - 1);
}
