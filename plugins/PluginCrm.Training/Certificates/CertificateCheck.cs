namespace PluginCrm.Training.Certificates;

/// <summary>
/// What the public check of a code shows: whose certificate it is, for which course and when, and whether it still
/// stands. Nothing else about the learner.
/// </summary>
public sealed record CertificateCheck(string Code, bool Valid, string Learner, string Course, DateTime IssuedUtc, DateTime? RevokedUtc, string? RevokedReason);
