namespace PluginCrm.Feedback.Data;

/// <summary>
/// One response to a survey, with the customer's owner and team as they were when it came (the scores per rep and team).
/// An anonymous survey's response keeps none of the three, and only the day it came.
/// </summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int VersionNumber { get; set; }
    public long? CustomerId { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }

    /// <summary>web (the public page), phone, email, visit, chat, import or api: how it reached us.</summary>
    public string Channel { get; set; } = "web";
    public DateTime AnsweredUtc { get; set; }

    /// <summary>The user who entered it (a rep on the phone, an integration's key); null for the customer's own.</summary>
    public long? EnteredByUserId { get; set; }

    /// <summary>The record the invitation followed (<c>complaint:7</c>): the case a new answer belongs to.</summary>
    public string? RelatedTo { get; set; }
    public List<SurveyAnswerItem> Items { get; set; } = [];
}
