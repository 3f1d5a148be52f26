namespace PluginCrm.Feedback.Surveys.Scores;

/// <summary>
/// Satisfaction over a set of answers, as DOMAIN.md defines it: CSAT = csat answers of 4 or 5 ÷ all csat answers × 100;
/// NPS = % promoters (9–10) − % detractors (0–6); CES = the mean effort (1 very easy … 7 very difficult). A score with no
/// answer is null, not zero. Scores are rounded to two decimals; the counts are exact.
/// </summary>
public sealed record ScoreFigures(
    int Responses, decimal? Csat, int CsatAnswers, int Satisfied, decimal? Nps, int NpsAnswers, int Promoters, int Passives, int Detractors,
    decimal? Ces, int CesAnswers)
{
    public static ScoreFigures Of(IReadOnlyCollection<(long Answer, string Type, int Number)> items)
    {
        int Count(string type, Func<int, bool> where) => items.Count(i => i.Type == type && where(i.Number));
        var csat = Count(Definition.QuestionTypes.Csat, _ => true);
        var satisfied = Count(Definition.QuestionTypes.Csat, n => n >= 4);
        var nps = Count(Definition.QuestionTypes.Nps, _ => true);
        var promoters = Count(Definition.QuestionTypes.Nps, n => n >= 9);
        var detractors = Count(Definition.QuestionTypes.Nps, n => n <= 6);
        var efforts = items.Where(i => i.Type == Definition.QuestionTypes.Ces).Select(i => (decimal)i.Number).ToList();
        return new ScoreFigures(
            items.Select(i => i.Answer).Distinct().Count(),
            csat == 0 ? null : Math.Round(satisfied * 100m / csat, 2), csat, satisfied,
            nps == 0 ? null : Math.Round((promoters - detractors) * 100m / nps, 2), nps, promoters, nps - promoters - detractors, detractors,
            efforts.Count == 0 ? null : Math.Round(efforts.Average(), 2), efforts.Count);
    }
}

/// <summary>One bucket of a series: <paramref name="From"/> up to <paramref name="To"/> (excluded).</summary>
public sealed record ScorePoint(DateOnly From, DateOnly To, ScoreFigures Figures);

/// <summary>The scores of a period (or of everything), and its series when one was asked for.</summary>
public sealed record ScoreReport(DateOnly? From, DateOnly? To, string? By, ScoreFigures Total, IReadOnlyList<ScorePoint> Series);
