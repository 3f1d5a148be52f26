namespace PluginCrm.Host.Kpis.Retention;

/// <summary>
/// Churn (流失) over a period. <see cref="CustomersAtStart"/>: customers whose stage when the period began was customer,
/// repeat or at risk. <see cref="Lost"/>: those of them whose stage moved to churned during the period.
/// <see cref="ChurnRate"/> = lost ÷ customers at the start; <see cref="RetentionRate"/> = 1 − churn rate; both null
/// when there was no customer at the start. Exact decimals, not rounded.
/// </summary>
public sealed record RetentionFigures(int CustomersAtStart, int Lost, decimal? ChurnRate, decimal? RetentionRate)
{
    /// <summary>The figures of <paramref name="window"/> for <paramref name="steady"/> customers still kept and those whose stage history is read.</summary>
    public static RetentionFigures Of(int steady, IEnumerable<LifecycleHistory> customers, KpiWindow window)
    {
        var start = window.FromUtc ?? throw new ArgumentException("churn needs the start of the period", nameof(window));
        var atStart = customers.Where(c => c.KeptAt(start)).ToList();
        var lost = atStart.Count(c => c.LostIn(window));
        var total = steady + atStart.Count;
        decimal? churn = total == 0 ? null : (decimal)lost / total;
        return new RetentionFigures(total, lost, churn, 1 - churn);
    }
}
