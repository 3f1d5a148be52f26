namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// What <see cref="SentimentScorer"/> found in a text. <see cref="Score"/> is the signed sum of the evidence's
/// contributions, unbounded (a one-word text scores between -3 and +3, a long one can go beyond); the label is
/// <see cref="SentimentLabel.Neutral"/> while <c>|Score| &lt;= </c><see cref="SentimentRules.NeutralBand"/>.
/// </summary>
public sealed record SentimentResult(SentimentLabel Label, decimal Score, IReadOnlyList<SentimentEvidence> Evidence)
{
    public static SentimentResult Of(IReadOnlyList<SentimentEvidence> evidence)
    {
        var score = evidence.Sum(e => e.Contribution);
        var label = score > SentimentRules.NeutralBand ? SentimentLabel.Positive
            : score < -SentimentRules.NeutralBand ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        return new SentimentResult(label, score, evidence);
    }
}
