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

    /// <summary>The batch it went out with (<c>single</c>, <c>segment:2026-11-28T09:00Z</c>, <c>after-complaint</c>, <c>after-order</c>): response rates per wave.</summary>
    public string Wave { get; set; } = "single";

    /// <summary>The record it follows (<c>complaint:7</c>, <c>order:12</c>), copied to the answer; null for none.</summary>
    public string? RelatedTo { get; set; }

    /// <summary>When a reminder went out (with a new token: the first link stops working); null before.</summary>
    public DateTime? RemindedUtc { get; set; }
}
