namespace PluginCrm.Host.Kpis.Retention;

/// <summary>
/// Churn (流失) over a period. <see cref="CustomersAtStart"/>: customers whose stage when the period began was customer,
/// repeat or at risk. <see cref="Lost"/>: those of them whose stage moved to churned during the period.
/// <see cref="ChurnRate"/> = lost ÷ customers at the start; <see cref="RetentionRate"/> = 1 − churn rate; both null
/// when there was no customer at the start. Exact decimals, not rounded.
/// </summary>
public sealed record RetentionFigures(int CustomersAtStart, int Lost, decimal? ChurnRate, decimal? RetentionRate)
{
    public static RetentionFigures Of(IEnumerable<LifecycleHistory> customers, KpiWindow window)
    {
        var start = window.FromUtc ?? throw new ArgumentException("churn needs the start of the period", nameof(window));
        var atStart = customers.Where(c => c.KeptAt(start)).ToList();
        var lost = atStart.Count(c => c.LostIn(window));
        decimal? churn = atStart.Count == 0 ? null : (decimal)lost / atStart.Count;
        return new RetentionFigures(atStart.Count, lost, churn, 1 - churn);
    }
}
