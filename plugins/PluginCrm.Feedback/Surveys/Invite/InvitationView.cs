namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// An invitation as its creator sees it once: the token is in <paramref name="Link"/> and nowhere else (only its hash
/// is stored), so it is shown at creation only. <paramref name="Emailed"/> says whether the link went by e-mail, and
/// <paramref name="NotEmailed"/> why not.
/// </summary>
public sealed record InvitationView(long Id, string Survey, int Version, long CustomerId, DateTime ExpiresUtc, string Token, string Link, bool Emailed, string? NotEmailed);
