namespace PluginCrm.Training.Learn;

/// <summary>A link made: shown once (only its hash is kept), and whether it was e-mailed, or why not.</summary>
public sealed record LinkView(long Id, string Course, long CustomerId, DateTime ExpiresUtc, string Token, string Link, bool Emailed, string? Reason);
