namespace PluginCrm.Training.Certificates;

/// <summary>A certificate as its learner's helpers see it: the check, and the rendered text.</summary>
public sealed record CertificateView(long EnrolmentId, CertificateCheck Check, string Text, string VerifyUrl);
