namespace PluginCrm.Training.Learning;

/// <summary>The certificate of a completed enrolment, and where anyone checks it.</summary>
public sealed record CertificateSummary(string Code, DateTime IssuedUtc, DateTime? RevokedUtc, string VerifyUrl);
