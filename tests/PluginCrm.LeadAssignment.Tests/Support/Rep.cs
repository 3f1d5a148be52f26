namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>A rep of a test team, with a client acting as it when the test signed it in.</summary>
public sealed record Rep(long Id, string Email, HttpClient? ClientOrNull)
{
    public HttpClient Client => ClientOrNull ?? throw new InvalidOperationException($"{Email} was not signed in: make the team with signIn: true");
}
