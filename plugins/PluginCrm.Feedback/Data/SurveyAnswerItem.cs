namespace PluginCrm.Feedback.Data;

/// <summary>One question's answer: a number on its scale, or a text (one row per choice checked).</summary>
public sealed class SurveyAnswerItem
{
    public long Id { get; set; }
    public long AnswerId { get; set; }
    public string QuestionKey { get; set; } = "";
    public string QuestionType { get; set; } = "";
    public int? Number { get; set; }
    public string? Text { get; set; }

    /// <summary>For a text answer: negative, neutral or positive, by the module's lexicon (<see cref="Sentiment.SentimentScorer"/>).</summary>
    public string? Sentiment { get; set; }
}
