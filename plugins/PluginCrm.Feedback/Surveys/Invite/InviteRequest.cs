namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>Asks one customer to answer the survey; the link lasts <paramref name="ExpiresInDays"/> (default: the settings').</summary>
public sealed record InviteRequest(long? CustomerId, int? ExpiresInDays = null);
