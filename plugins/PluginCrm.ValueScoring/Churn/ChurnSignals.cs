using System.Globalization;
using PluginCrm.Feedback.Contracts;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.Churn;

/// <summary>
/// Checks the churn signals for one customer. Each returns whether it fired and why; a customer is warned when any fired.
/// Open complaints and the latest survey answers (NPS, CSAT) come from the feedback module when it is there.
/// </summary>
public static class ChurnSignals
{
    public const string Silence = "silence";
    public const string FallingSpend = "falling-spend";
    public const string LowProbabilityAlive = "low-p-alive";
    public const string OpenComplaints = "open-complaints";
    public const string Detractor = "detractor";
    public const string LowSatisfaction = "low-satisfaction";

    /// <summary>The highest NPS of a detractor (DOMAIN.md: 0–6) and the highest CSAT that is low (1–2 of 1–5).</summary>
    public const int DetractorNps = 6, LowCsat = 2;

    /// <param name="openComplaints">The customer's unresolved complaints; null when the feedback module is not there or off.</param>
    /// <param name="satisfaction">The customer's latest NPS and CSAT (all null when none); null when the feedback module is not there or off.</param>
    public static List<ChurnSignal> Check(
        CustomerHistory history, DateOnly asOf, double? probabilityAlive, ChurnRules rules, int? openComplaints, CustomerSatisfaction? satisfaction = null)
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

        signals.Add(Answered(Detractor, "detractor", "NPS", satisfaction, satisfaction?.LatestNps, satisfaction?.NpsAnsweredUtc, DetractorNps, asOf, rules.SatisfactionWindowDays));
        signals.Add(Answered(LowSatisfaction, "low satisfaction", "CSAT", satisfaction, satisfaction?.LatestCsat, satisfaction?.CsatAnsweredUtc, LowCsat, asOf, rules.SatisfactionWindowDays));
        return signals;
    }

    /// <summary>Fires when the latest answer is at most <paramref name="highest"/> and was given within the window before <paramref name="asOf"/>.</summary>
    private static ChurnSignal Answered(string name, string what, string score, CustomerSatisfaction? satisfaction, int? latest, DateTime? answeredUtc,
        int highest, DateOnly asOf, int windowDays)
    {
        if (satisfaction is null)
            return new ChurnSignal(name, false, "satisfaction not checked: the feedback module is not installed or is off");
        if (latest is not { } value || answeredUtc is not { } answered)
            return new ChurnSignal(name, false, $"no {score} answer");
        var day = DateOnly.FromDateTime(answered);
        if (asOf.DayNumber - day.DayNumber > windowDays)
            return new ChurnSignal(name, false, Format($"the latest {score}, {value} on {day:yyyy-MM-dd}, is older than {windowDays} days"));
        return value <= highest
            ? new ChurnSignal(name, true, Format($"{what}: {score} {value} on {day:yyyy-MM-dd} ({highest} or below, within {windowDays} days)"))
            : new ChurnSignal(name, false, Format($"{score} {value} on {day:yyyy-MM-dd}: {what} only at {highest} or below"));
    }

    /// <summary>Spend on purchase days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    private static decimal SpendBetween(CustomerHistory history, DateOnly from, DateOnly to) =>
        history.Days.Where(d => d.Date > from && d.Date <= to).Sum(d => d.Amount);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
