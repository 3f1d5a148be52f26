using PluginCrm.Host.Spend;

namespace PluginCrm.Host.Kpis.Acquisition;

/// <summary>
/// Spend allocated to windows pro rata by days: spend of amount A over D days puts A × d ÷ D into a window holding d
/// of those days, so a window holding all of them gets A exactly, and the windows of a series add up to the period.
/// </summary>
public sealed class SpendAllocation(IReadOnlyList<SpendRow> spend)
{
    public IEnumerable<long> Teams => spend.Where(s => s.TeamId is not null).Select(s => s.TeamId!.Value).Distinct();

    /// <summary>All spend, the teams' and the company-wide, in <paramref name="window"/>.</summary>
    public AllocatedSpend All(KpiWindow window) => Sum(spend, window);

    /// <summary>The spend recorded for <paramref name="team"/> (null: the company-wide spend) in <paramref name="window"/>.</summary>
    public AllocatedSpend Of(long? team, KpiWindow window) => Sum(spend.Where(s => s.TeamId == team), window);

    public static decimal InWindow(SpendRow s, KpiWindow window)
    {
        var start = window.From is { } from && from > s.From ? from : s.From;
        var end = window.To is { } to && to < s.To ? to : s.To;
        var days = end.DayNumber - start.DayNumber;
        return days <= 0 ? 0m : days == s.Days ? s.Amount : s.Amount * days / s.Days;
    }

    private static AllocatedSpend Sum(IEnumerable<SpendRow> rows, KpiWindow window)
    {
        var list = rows.ToList();
        return new AllocatedSpend(
            list.Where(s => s.Kind == SpendKind.Marketing).Sum(s => InWindow(s, window)),
            list.Where(s => s.Kind == SpendKind.Sales).Sum(s => InWindow(s, window)));
    }
}
