namespace PluginCrm.ValueScoring.Clv;

/// <summary>
/// The simple lifetime value of DOMAIN.md: CLV = average purchase amount × purchase frequency (purchases per period)
/// × expected lifespan (periods). The frequency is purchase days per period over the customer's observed time (first
/// purchase to the as-of date, at least one period, so a new customer is not extrapolated from a few days).
/// </summary>
public static class SimpleClv
{
    public static SimpleClvResult Compute(decimal netSpend, int purchases, int observedDays, int periodDays, decimal lifespanPeriods)
    {
        var average = purchases > 0 ? netSpend / purchases : 0;
        var periodsObserved = Math.Max(1m, (decimal)observedDays / periodDays);
        var frequency = purchases / periodsObserved;
        return new SimpleClvResult(average, frequency, lifespanPeriods, average * frequency * lifespanPeriods);
    }
}
