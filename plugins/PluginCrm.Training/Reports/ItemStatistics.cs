namespace PluginCrm.Training.Reports;

/// <summary>
/// Classical item statistics of one quiz question over learners' first attempts (later attempts have seen the
/// explanations). <see cref="Difficulty"/>: the mean credit earned, 0 to 1 (the share answering right; higher is easier).
/// <see cref="Discrimination"/>: the Pearson correlation between a learner's credit on this question and its points on
/// the rest of the quiz (the corrected item-total correlation), −1 to 1; near 0 or below, the question does not tell
/// learners who know from those who do not. Null with fewer than two attempts or when either side does not vary.
/// </summary>
public sealed record ItemStatistics(string Lesson, string Question, string Text, int Attempts, decimal? Difficulty, decimal? Discrimination)
{
    /// <param name="credits">Per attempt: the credit on this question (0 to 1) and the points on every other question (its rest score).</param>
    public static (decimal? Difficulty, decimal? Discrimination) Of(IReadOnlyList<(decimal Credit, decimal Others)> credits)
    {
        if (credits.Count == 0)
            return (null, null);
        var difficulty = Math.Round(credits.Average(c => c.Credit), 3, MidpointRounding.AwayFromZero);
        if (credits.Count < 2)
            return (difficulty, null);
        var (meanX, meanY) = ((double)credits.Average(c => c.Credit), (double)credits.Average(c => c.Others));
        var covariance = credits.Sum(c => ((double)c.Credit - meanX) * ((double)c.Others - meanY));
        var spreadX = Math.Sqrt(credits.Sum(c => Math.Pow((double)c.Credit - meanX, 2)));
        var spreadY = Math.Sqrt(credits.Sum(c => Math.Pow((double)c.Others - meanY, 2)));
        return spreadX == 0 || spreadY == 0 ? (difficulty, null) : (difficulty, Math.Round((decimal)(covariance / (spreadX * spreadY)), 3, MidpointRounding.AwayFromZero));
    }
}
