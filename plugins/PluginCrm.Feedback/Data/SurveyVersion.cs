namespace PluginCrm.Feedback.Data;

/// <summary>A published definition of a survey, as its invitations and answers keep it.</summary>
public sealed class SurveyVersion
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int Number { get; set; }
    public string Definition { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
}
