namespace PluginCrm.Sdk.Testing;

/// <summary>A message in a user's in-app inbox.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The rendered body.</param>
/// <param name="CreatedUtc">When it was delivered.</param>
/// <param name="Read">Whether the user has read it.</param>
public sealed record CrmTestMessage(string Subject, string Body, DateTime CreatedUtc, bool Read);
