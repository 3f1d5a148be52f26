using System.ComponentModel.DataAnnotations;
using PluginCrm.ValueScoring.Rfm;

namespace PluginCrm.ValueScoring;

/// <summary>What an admin sets for value scoring (GET/PUT /api/plugins/value-scoring/settings).</summary>
public sealed class ValueScoringSettings : IValidatableObject
{
    /// <summary>The RFM segment mapping: the first line whose score ranges match names the segment.</summary>
    public List<SegmentRule> Segments { get; set; } = SegmentRule.Defaults();

    /// <summary>ABC: A while the customers ranked above hold less than this share of value (percent).</summary>
    [Range(1, 99.99)] public decimal AbcThresholdA { get; set; } = 80;

    /// <summary>ABC: B while the customers ranked above hold less than this share (percent); C after.</summary>
    [Range(1, 99.99)] public decimal AbcThresholdB { get; set; } = 95;

    /// <summary>Simple CLV: the period length in days (365 = purchases per year).</summary>
    [Range(1, 3660)] public int ClvPeriodDays { get; set; } = 365;

    /// <summary>Simple CLV: the expected lifespan in periods.</summary>
    [Range(0.1, 100)] public decimal ClvLifespanPeriods { get; set; } = 3;

    /// <summary>Probabilistic CLV: the horizon in months.</summary>
    [Range(1, 240)] public int ClvHorizonMonths { get; set; } = 12;

    /// <summary>Probabilistic CLV: the annual discount rate (0.10 = 10%).</summary>
    [Range(0, 1)] public double AnnualDiscountRate { get; set; } = 0.10;

    /// <summary>The time unit of BG/NBD and Gamma-Gamma: <c>week</c> or <c>day</c>.</summary>
    [RegularExpression("^(day|week)$")] public string Unit { get; set; } = "week";

    /// <summary>Churn: warn when the silence exceeds this many times the customer's usual purchase interval.</summary>
    [Range(1, 100)] public double SilenceFactor { get; set; } = 2;

    /// <summary>Churn: the length of the two spend windows compared (days).</summary>
    [Range(7, 3660)] public int SpendWindowDays { get; set; } = 180;

    /// <summary>Churn: warn when the recent window's spend fell by more than this percent.</summary>
    [Range(1, 100)] public double SpendDropPercent { get; set; } = 50;

    /// <summary>Churn: warn when a customer has at least this many unresolved complaints (from the feedback module); 0 turns the check off.</summary>
    [Range(0, 100)] public int OpenComplaintsThreshold { get; set; } = 1;

    /// <summary>
    /// Churn: a detractor (latest NPS 6 or below) or low satisfaction (latest CSAT 2 or below), from the feedback module's
    /// surveys, warns only when answered within this many days.
    /// </summary>
    [Range(1, 3660)] public int SatisfactionWindowDays { get; set; } = 180;

    /// <summary>Churn: warn when BG/NBD's probability of being alive is below this.</summary>
    [Range(0, 1)] public double AliveThreshold { get; set; } = 0.3;

    /// <summary>Re-score every customer once a night.</summary>
    public bool NightlyRescore { get; set; } = true;

    /// <summary>The UTC hour the nightly run starts in.</summary>
    [Range(0, 23)] public int NightlyHourUtc { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbcThresholdB <= AbcThresholdA)
            yield return new ValidationResult("must be above abcThresholdA", [nameof(AbcThresholdB)]);
        if (Segments.Count == 0)
            yield return new ValidationResult("needs at least one line", [nameof(Segments)]);
        foreach (var rule in Segments)
        {
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.RMin is < 1 or > 5 || rule.RMax is < 1 or > 5 || rule.FMin is < 1 or > 5 || rule.FMax is < 1 or > 5 || rule.MMin is < 1 or > 5 || rule.MMax is < 1 or > 5)
                yield return new ValidationResult($"'{rule.Name}': a name and scores from 1 to 5 are required", [nameof(Segments)]);
            else if (rule.RMin > rule.RMax || rule.FMin > rule.FMax || rule.MMin > rule.MMax)
                yield return new ValidationResult($"'{rule.Name}': a minimum is above its maximum", [nameof(Segments)]);
        }
        var uncovered = (from r in Enumerable.Range(1, 5) from f in Enumerable.Range(1, 5) from m in Enumerable.Range(1, 5)
                         where !Segments.Any(s => s.Matches(r, f, m)) select $"R{r} F{f} M{m}").ToList();
        if (uncovered.Count > 0)
            yield return new ValidationResult($"no line covers {string.Join(", ", uncovered.Take(5))}{(uncovered.Count > 5 ? $" and {uncovered.Count - 5} more" : "")}", [nameof(Segments)]);
    }
}
