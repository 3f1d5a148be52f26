using PluginCrm.ValueScoring.Churn;
using PluginCrm.ValueScoring.Clv;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Explain;

/// <summary>Rebuilds the explanation of a stored score from its row and the parameters its run stored.</summary>
public static class ScoreExplainer
{
    public const string NoFeedback =
        "Open complaints, detractors and low satisfaction come from the feedback module's complaints and surveys; with no feedback module installed and on, their signals say not checked.";

    public static ScoreExplanation Explain(ScoringRun run, ScoreRow row)
    {
        var p = RunJson.Read(run.ParametersJson);
        var s = p.Settings;
        var scores = new List<ExplainedScore>
        {
            new("rfm", new { row.R, row.F, row.M, row.Segment },
                Map(("recencyDays", row.RecencyDays), ("lastPurchase", row.LastPurchase), ("frequency", row.Frequency), ("monetary", row.Monetary)),
                "each of R, F, M = 1 + ⌊5 × share of the run's customers strictly worse⌋ (recency: fewer days is better; frequency: purchase days, same-day purchases once; monetary: net spend, cancellations subtracted); a value scores at least s when it beats breakpoint s; segment = first line of the mapping whose ranges hold (R, F, M)",
                Map(("recencyBreakpoints", p.Rfm.Recency.Breakpoints), ("frequencyBreakpoints", p.Rfm.Frequency.Breakpoints),
                    ("monetaryBreakpoints", p.Rfm.Monetary.Breakpoints), ("segments", s.Segments.Select(r => $"{r.Name}: {r.Describe()}").ToList()))),
            new("abc", row.AbcClass, Map(("value", row.Monetary), ("shareOfValueRankedAbovePercent", row.AbcShareBefore)),
                "customers ranked by net spend, highest first; A while those ranked above hold less than threshold A of the total, B while less than threshold B, else C (no positive spend: C)",
                Map(("thresholdAPercent", s.AbcThresholdA), ("thresholdBPercent", s.AbcThresholdB))),
            new("simpleClv", row.SimpleClv,
                Map(("averagePurchase", row.AveragePurchase), ("purchasesPerPeriod", row.PurchasesPerPeriod), ("firstPurchase", row.FirstPurchase)),
                "CLV = average purchase amount × purchases per period × expected lifespan (periods); purchases per period over the time since the first purchase, at least one period",
                Map(("periodDays", s.ClvPeriodDays), ("lifespanPeriods", s.ClvLifespanPeriods))),
        };
        scores.Add(p.BgNbd is { } fit
            ? new("bgNbd", new { row.ExpectedPurchases, row.ProbabilityAlive },
                Map(("x", row.X), ("tx", row.Tx), ("T", row.T), ("unit", p.Unit), ("horizonMonths", s.ClvHorizonMonths)),
                "BG/NBD (Fader, Hardie & Lee 2005), fitted by maximum likelihood on every customer's purchases up to the run's date: expected purchases in the horizon given (x, t_x, T) (eq. 10) and P(alive) = 1 / (1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x))",
                Map(("r", fit.Parameters.R), ("alpha", fit.Parameters.Alpha), ("a", fit.Parameters.A), ("b", fit.Parameters.B),
                    ("logLikelihood", fit.LogLikelihood), ("customers", fit.Customers), ("repeatCustomers", fit.RepeatCustomers)))
            : new("bgNbd", null, Map(), "not computed", Map(("reason", p.BgNbdError))));
        scores.Add(p.BgNbd is not null && p.GammaGamma is { } gg
            ? new("clv", row.Clv, Map(("expectedSpend", row.ExpectedSpend), ("x", row.X), ("zbar", row.Zbar)),
                $"Gamma-Gamma E[spend] = p(γ + x·zbar)/(px + q − 1); CLV = Σ over months m = 1..H of (E[purchases by m] − E[purchases by m−1]) × E[spend] / (1 + d)^m, a month = {DiscountedClv.DaysPerMonth:0.####} days, d the monthly rate of the annual discount rate",
                Map(("p", gg.Parameters.P), ("q", gg.Parameters.Q), ("gamma", gg.Parameters.Gamma), ("horizonMonths", s.ClvHorizonMonths), ("annualDiscountRate", s.AnnualDiscountRate)))
            : new("clv", null, Map(), "not computed", Map(("reason", p.BgNbdError ?? p.GammaGammaError))));
        scores.Add(new("churnWarning", row.Warning, Map(("signals", RunJson.ReadSignals(row.SignalsJson))),
            "warned when any signal fired: silence longer than the factor × the customer's mean interval between purchase days; spend in the last window below (1 − drop) × the window before; P(alive) below the threshold; "
            + $"at least the threshold of unresolved complaints; the latest NPS {ChurnSignals.DetractorNps} or below (a detractor) or the latest CSAT {ChurnSignals.LowCsat} or below, given within the satisfaction window",
            Map(("silenceFactor", s.SilenceFactor), ("spendWindowDays", s.SpendWindowDays), ("spendDropPercent", s.SpendDropPercent), ("aliveThreshold", s.AliveThreshold),
                ("openComplaintsThreshold", s.OpenComplaintsThreshold), ("satisfactionWindowDays", s.SatisfactionWindowDays))));
        var notes = new List<string> { NoFeedback };
        if (row.UpdatedByOrderId is { } order)
            notes.Add($"Updated by order {order} as of {row.AsOf:yyyy-MM-dd} with the run's breakpoints and fitted models; the rest of the run is as of {run.AsOf:yyyy-MM-dd}.");
        return new ScoreExplanation(row.CustomerId, run.Id, run.AsOf, row.AsOf, row.UpdatedByOrderId, scores, notes);
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);
}
