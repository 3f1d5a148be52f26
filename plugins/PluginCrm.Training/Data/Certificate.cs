namespace PluginCrm.Training.Data;

/// <summary>
/// What a completed enrolment earns: the text rendered from the admin's template when issued, and a verification code
/// anyone may check at the public URL until an admin revokes it.
/// </summary>
public sealed class Certificate
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public string Code { get; set; } = "";
    public string LearnerName { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime IssuedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedReason { get; set; }
}
