using System.Globalization;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.Churn;

/// <summary>
/// Checks the churn signals for one customer. Each returns whether it fired and why; a customer is warned when any fired.
/// Open complaints come from the feedback module when it is there; satisfaction is not checked (no surveys yet).
/// </summary>
public static class ChurnSignals
{
    public const string Silence = "silence";
    public const string FallingSpend = "falling-spend";
    public const string LowProbabilityAlive = "low-p-alive";
    public const string OpenComplaints = "open-complaints";

    /// <param name="openComplaints">The customer's unresolved complaints; null when the feedback module is not there or off.</param>
    public static List<ChurnSignal> Check(CustomerHistory history, DateOnly asOf, double? probabilityAlive, ChurnRules rules, int? openComplaints)
    {
        var signals = new List<ChurnSignal>();
        var silent = asOf.DayNumber - history.Last.DayNumber;
        if (history.Days.Count >= 2)
        {
            // The usual interval: the mean gap between purchase days.
            var usual = (double)(history.Last.DayNumber - history.First.DayNumber) / (history.Days.Count - 1);
            var limit = rules.SilenceFactor * usual;
            signals.Add(new ChurnSignal(Silence, silent > limit,
                Format($"{silent} days since the last purchase against a usual interval of {usual:0.#} days × {rules.SilenceFactor} = {limit:0.#}")));
        }
        else
            signals.Add(new ChurnSignal(Silence, false, "one purchase day only: no usual interval yet"));

        var window = rules.SpendWindowDays;
        var recent = SpendBetween(history, asOf.AddDays(-window), asOf);
        var earlier = SpendBetween(history, asOf.AddDays(-2 * window), asOf.AddDays(-window));
        var floor = earlier * (decimal)(1 - rules.SpendDropPercent / 100);
        signals.Add(new ChurnSignal(FallingSpend, earlier > 0 && recent < floor,
            Format($"spent {recent:0.##} in the last {window} days against {earlier:0.##} in the {window} days before (warning below {floor:0.##}, a drop of {rules.SpendDropPercent}%)")));

        signals.Add(probabilityAlive is { } alive
            ? new ChurnSignal(LowProbabilityAlive, alive < rules.AliveThreshold, Format($"P(alive) {alive:0.###} against the threshold {rules.AliveThreshold}"))
            : new ChurnSignal(LowProbabilityAlive, false, "no BG/NBD model in this run"));

        signals.Add((openComplaints, rules.OpenComplaintsThreshold) switch
        {
            (_, 0) => new ChurnSignal(OpenComplaints, false, "the open-complaints check is off (threshold 0)"),
            (null, _) => new ChurnSignal(OpenComplaints, false, "complaints not checked: the feedback module is not installed or is off"),
            ({ } open, var threshold) => new ChurnSignal(OpenComplaints, open >= threshold,
                Format($"{open} unresolved complaint{(open == 1 ? "" : "s")} against a warning at {threshold}")),
        });
        return signals;
    }

    /// <summary>Spend on purchase days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    private static decimal SpendBetween(CustomerHistory history, DateOnly from, DateOnly to) =>
        history.Days.Where(d => d.Date > from && d.Date <= to).Sum(d => d.Amount);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
