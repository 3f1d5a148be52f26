using PluginCrm.ValueScoring.BgNbd;

namespace PluginCrm.ValueScoring.Clv;

/// <summary>
/// CLV over a horizon from the probabilistic models: Σ over months m = 1..H of
/// (E[purchases by m] − E[purchases by m−1]) × E[spend per purchase] / (1 + d)^m, with E[purchases by t] from
/// BG/NBD given the customer's history, E[spend] from Gamma-Gamma, and d the monthly rate of the annual discount rate.
/// </summary>
public static class DiscountedClv
{
    public const double DaysPerMonth = 365.25 / 12;

    public static double Compute(BgNbdParameters model, int x, double tx, double T, double expectedSpend, int horizonMonths, double annualDiscountRate, double unitDays)
    {
        var monthly = Math.Pow(1 + annualDiscountRate, 1.0 / 12) - 1;
        var month = DaysPerMonth / unitDays;
        double value = 0, previous = 0;
        for (var m = 1; m <= horizonMonths; m++)
        {
            var cumulative = BgNbdModel.ConditionalExpectedPurchases(model, x, tx, T, m * month);
            value += (cumulative - previous) * expectedSpend / Math.Pow(1 + monthly, m);
            previous = cumulative;
        }
        return value;
    }
}
