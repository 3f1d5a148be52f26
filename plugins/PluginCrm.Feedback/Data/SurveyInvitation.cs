namespace PluginCrm.Feedback.Data;

/// <summary>
/// One customer asked to answer one version of a survey. Only the SHA-256 of its token is kept: the link holds the token,
/// so a copy of the database answers nothing. Single use: answered once, then refused.
/// </summary>
public sealed class SurveyInvitation
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int VersionNumber { get; set; }
    public long CustomerId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public long? CreatedByUserId { get; set; }
}
