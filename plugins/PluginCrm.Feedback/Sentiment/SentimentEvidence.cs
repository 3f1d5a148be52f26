namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// One lexicon term found in the text and why it counts as it does:
/// <c>Contribution = Weight × Intensity × (Negated ? -1 : 1) × ClauseFactor</c>.
/// </summary>
/// <param name="Term">The term as written in the text.</param>
/// <param name="Index">Where the term starts in the text.</param>
/// <param name="Weight">The lexicon's weight, -3 to +3.</param>
/// <param name="Negator">The negating word(s) before the term, if any; two cancel each other, so <see cref="Negated"/> is false.</param>
/// <param name="Intensifier">The intensifier (or softener) before the term, if any.</param>
/// <param name="Intensity">The intensifier's multiplier, 1 without one.</param>
/// <param name="ClauseFactor">
/// <see cref="SentimentRules.BeforeContrast"/> before a "but" (or in an "although" clause), <see cref="SentimentRules.AfterContrast"/>
/// after it, 1 otherwise.
/// </param>
public sealed record SentimentEvidence(
    string Term, int Index, int Weight, bool Negated, string? Negator, string? Intensifier, decimal Intensity, decimal ClauseFactor)
{
    public bool Intensified => Intensity != 1m;

    public decimal Contribution => Weight * Intensity * (Negated ? -1 : 1) * ClauseFactor;
}
