namespace PluginCrm.ValueScoring.Purchases;

/// <summary>Builds the (x, t_x, T, zbar) summary the BG/NBD and Gamma-Gamma models are fitted on.</summary>
public static class CalibrationSummaries
{
    /// <param name="histories">Histories built as of <paramref name="calibrationEnd"/>.</param>
    /// <param name="calibrationEnd">The last day of the calibration period (inclusive).</param>
    /// <param name="unit">Days or weeks.</param>
    public static List<CalibrationSummary> Build(IEnumerable<CustomerHistory> histories, DateOnly calibrationEnd, TimeUnit unit)
    {
        double length = (int)unit;
        return histories.Where(h => h.First <= calibrationEnd).Select(h =>
        {
            var repeat = h.Days.Skip(1).Where(d => d.Date <= calibrationEnd).ToList();
            var last = repeat.Count > 0 ? repeat[^1].Date : h.First;
            var zbar = repeat.Count > 0 ? (double)(repeat.Sum(d => d.Amount) / repeat.Count) : 0;
            return new CalibrationSummary(h.CustomerId, repeat.Count, (last.DayNumber - h.First.DayNumber) / length,
                (calibrationEnd.DayNumber - h.First.DayNumber) / length, zbar);
        }).ToList();
    }
}
