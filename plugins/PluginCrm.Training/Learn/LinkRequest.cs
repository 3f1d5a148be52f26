namespace PluginCrm.Training.Learn;

/// <summary>A customer to send its personal course link, valid for <paramref name="ExpiresInDays"/> (default: the settings').</summary>
public sealed record LinkRequest(long? CustomerId, int? ExpiresInDays = null);

/// <summary>A link made: shown once (only its hash is kept), and whether it was e-mailed, or why not.</summary>
public sealed record LinkView(long Id, string Course, long CustomerId, DateTime ExpiresUtc, string Token, string Link, bool Emailed, string? Reason);

/// <summary>The learner confirms who it is with the e-mail address the company has for it.</summary>
public sealed record SelfEnrolRequest(string? Email);
