namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// The label of a text. Not named <c>Sentiment</c>: a type named like its namespace hides it from code in
/// <c>PluginCrm.Feedback.*</c>, where <c>Sentiment.Positive</c> would resolve to the namespace.
/// </summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}
