namespace PluginCrm.Training.Reports;

/// <summary>
/// How a group of enrolments went: <see cref="Enrolled"/> in the period, <see cref="Completed"/> of them (by now),
/// <see cref="CompletionRate"/> = completed ÷ enrolled (null without enrolments), and the days from enrolment to
/// completion of those completed (average and median, to one decimal).
/// </summary>
public sealed record CompletionFigures(int Enrolled, int Completed, decimal? CompletionRate, decimal? AverageDays, decimal? MedianDays)
{
    public static CompletionFigures Of(IReadOnlyCollection<(DateTime EnrolledUtc, DateTime? CompletedUtc)> enrolments)
    {
        var days = enrolments.Where(e => e.CompletedUtc is not null).Select(e => (decimal)(e.CompletedUtc!.Value - e.EnrolledUtc).TotalDays).Order().ToList();
        decimal? median = days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2;
        return new CompletionFigures(enrolments.Count, days.Count, enrolments.Count == 0 ? null : (decimal)days.Count / enrolments.Count,
            days.Count == 0 ? null : Round(days.Average()), median is null ? null : Round(median.Value));
    }

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
