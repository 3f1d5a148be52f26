namespace PluginCrm.Training.Learn;

/// <summary>The learner confirms who it is with the e-mail address the company has for it.</summary>
public sealed record SelfEnrolRequest(string? Email);
