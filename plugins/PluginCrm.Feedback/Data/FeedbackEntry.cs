namespace PluginCrm.Feedback.Data;

/// <summary>
/// A piece of feedback that is neither a complaint nor a survey answer: a suggestion, a review (with its rating) or a
/// comment, from any channel, with its category and sentiment, and the customer's owner and team when it came.
/// </summary>
public sealed class FeedbackEntry
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public string Category { get; set; } = "";
    public string Channel { get; set; } = "";
    public int? Rating { get; set; }
    public string Sentiment { get; set; } = "";
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public long? EnteredByUserId { get; set; }
}
