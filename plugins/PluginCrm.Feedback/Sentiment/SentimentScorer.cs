namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// Scores a customer's text, Chinese, English or both mixed, with the hand-written lexicons: each term found counts its
/// weight, flipped by a negator just before it, multiplied by an intensifier, halved before a "but" and raised after it.
/// The result lists every term that counted and why, so a rep can check the label. Stateless and thread-safe.
/// </summary>
public sealed class SentimentScorer
{
    public SentimentResult Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return SentimentResult.Of([]);
        var walk = new SentimentWalk(text);
        foreach (var token in LexiconMatcher.Match(PieceReader.Read(text), Lexicon.Default))
            walk.Take(token);
        return SentimentResult.Of(walk.Finish());
    }
}
