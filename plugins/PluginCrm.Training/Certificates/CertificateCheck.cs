namespace PluginCrm.Training.Certificates;

/// <summary>
/// What the public check of a code shows: whose certificate it is, for which course and when, and whether it still
/// stands. Nothing else about the learner.
/// </summary>
public sealed record CertificateCheck(string Code, bool Valid, string Learner, string Course, DateTime IssuedUtc, DateTime? RevokedUtc, string? RevokedReason);

/// <summary>A certificate as its learner's helpers see it: the check, and the rendered text.</summary>
public sealed record CertificateView(long EnrolmentId, CertificateCheck Check, string Text, string VerifyUrl);

/// <summary>Why an admin withdraws a certificate (issued by mistake, a cheated quiz).</summary>
public sealed record RevokeRequest(string? Reason);
