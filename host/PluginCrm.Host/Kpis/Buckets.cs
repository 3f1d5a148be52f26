using PluginCrm.Host.Api;

namespace PluginCrm.Host.Kpis;

/// <summary>Cuts a period into months, ISO weeks or days; the first and last bucket are clipped to the period.</summary>
public static class Buckets
{
    /// <summary>More buckets than this is a request for the wrong bucket size; the caller gets a 400 naming <c>by</c>.</summary>
    public const int Max = 1_000;

    public static DateOnly Start(DateOnly day, KpiBucket by) => by switch
    {
        KpiBucket.Month => new DateOnly(day.Year, day.Month, 1),
        KpiBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // Monday, as ISO 8601 counts weeks
        _ => day,
    };

    public static DateOnly Next(DateOnly start, KpiBucket by) => by switch
    {
        KpiBucket.Month => start.AddMonths(1),
        KpiBucket.Week => start.AddDays(7),
        _ => start.AddDays(1),
    };

    /// <summary>The buckets of <paramref name="query"/>'s series (<see cref="Of"/>) as windows; none without a bucket size.</summary>
    public static IReadOnlyList<KpiWindow> Windows(KpiQuery query, IEnumerable<DateOnly> days) =>
        query.By is { } by ? [.. Of(query, by, days).Select(b => new KpiWindow(b.From, b.To))] : [];

    /// <summary>
    /// Every bucket of the period, empty ones included so a chart has no gaps. An open end of the period is closed
    /// by the data: the first or last day that has any.
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Of(KpiQuery query, KpiBucket by, IEnumerable<DateOnly> days)
    {
        var open = query.From is null || query.To is null;
        var known = open ? days.ToList() : [];
        if (open && known.Count == 0)
            return [];
        var from = query.From ?? known.Min();
        var to = query.To ?? known.Max().AddDays(1);
        var buckets = new List<(DateOnly, DateOnly)>();
        for (var start = Start(from, by); start < to; start = Next(start, by))
        {
            if (buckets.Count == Max)
                throw new InputException("by", $"the period has more than {Max} {by.ToString().ToLowerInvariant()}s; choose a longer bucket or a shorter period");
            buckets.Add((start < from ? from : start, Next(start, by) > to ? to : Next(start, by)));
        }
        return buckets;
    }
}
