namespace PluginCrm.Feedback.Entries;

/// <summary>
/// A suggestion, a review (with a rating of 1 to 5) or a comment about a customer the caller reads: entered by a rep or
/// posted by an integration; <paramref name="Category"/> one of the settings' (default the first), channel as complaints'.
/// </summary>
public sealed record EntryRequest(long? CustomerId, string? Kind, string? Text, string? Category, string? Channel, int? Rating, DateTime? ReceivedUtc);

/// <summary>A stored piece of feedback, as the API shows it.</summary>
public sealed record EntryView(long Id, long CustomerId, string Kind, string Text, string Category, string Channel, int? Rating, string Sentiment, DateTime ReceivedUtc)
{
    public static EntryView Of(Data.FeedbackEntry e) => new(e.Id, e.CustomerId, e.Kind, e.Text, e.Category, e.Channel, e.Rating, e.Sentiment, e.ReceivedUtc);
}
