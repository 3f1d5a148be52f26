using System.Text.Json;
using PluginCrm.Feedback.Deadlines;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Stats;

/// <summary>
/// <c>GET /stats</c>: open complaints (open or in progress) by status, priority and age as of now, those overdue now, and
/// the complaints resolved in [from, to): how long to the first response and to the resolution, and how many had been
/// reopened. Ages: under 24 hours, 24 to under 72, 72 to under 168, 168 and more.
/// </summary>
public sealed record ComplaintStats(
    DateTime FromUtc, DateTime ToUtc, DateTime AsOfUtc, int Open, IReadOnlyDictionary<string, int> OpenByStatus,
    IReadOnlyDictionary<string, int> OpenByPriority, OpenAges OpenByAge, OverdueNow Overdue, ResolvedInPeriod Resolved)
{
    public static ComplaintStats Compute(IReadOnlyList<ComplaintRecord> complaints, DateTime from, DateTime to, DateTime now)
    {
        var open = complaints.Where(c => Deadlines.Overdue.IsOpen(c.Status)).ToList();
        var ages = open.Select(c => (now - c.ReceivedUtc).TotalHours).ToList();
        var resolved = complaints.Where(c => c.ResolvedUtc >= from && c.ResolvedUtc < to).ToList();
        return new ComplaintStats(from, to, now, open.Count,
            Count(open, [ComplaintStatus.Open, ComplaintStatus.InProgress], c => c.Status),
            Count(open, Enum.GetValues<ComplaintPriority>(), c => c.Priority),
            new OpenAges(ages.Count(h => h < 24), ages.Count(h => h is >= 24 and < 72), ages.Count(h => h is >= 72 and < 168), ages.Count(h => h >= 168)),
            new OverdueNow(open.Count(c => Deadlines.Overdue.IsResponseLate(c, now)), open.Count(c => Deadlines.Overdue.IsResolutionLate(c, now))),
            new ResolvedInPeriod(resolved.Count,
                HoursSummary.Of(resolved.Select(c => (c.FirstResponseUtc!.Value - c.ReceivedUtc).TotalHours)),
                HoursSummary.Of(resolved.Select(c => (c.ResolvedUtc!.Value - c.ReceivedUtc).TotalHours)),
                resolved.Count == 0 ? null : Math.Round((double)resolved.Count(c => c.ReopenCount > 0) / resolved.Count, 4)));
    }

    private static Dictionary<string, int> Count<T>(List<ComplaintRecord> open, T[] keys, Func<ComplaintRecord, T> key) where T : struct, Enum =>
        keys.ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), k => open.Count(c => key(c).Equals(k)));
}

public sealed record OpenAges(int UnderOneDay, int OneToThreeDays, int ThreeToSevenDays, int OverSevenDays);

public sealed record OverdueNow(int Response, int Resolution);

/// <summary>Complaints resolved in the period; <see cref="ReopenedShare"/> is the fraction (0 to 1) reopened at least once.</summary>
public sealed record ResolvedInPeriod(int Count, HoursSummary HoursToFirstResponse, HoursSummary HoursToResolution, double? ReopenedShare);

/// <summary>Mean and median in hours, rounded to 0.01; null with no values.</summary>
public sealed record HoursSummary(double? Mean, double? Median)
{
    public static HoursSummary Of(IEnumerable<double> hours)
    {
        var sorted = hours.Order().ToList();
        if (sorted.Count == 0)
            return new HoursSummary(null, null);
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new HoursSummary(Math.Round(sorted.Average(), 2), Math.Round(median, 2));
    }
}
