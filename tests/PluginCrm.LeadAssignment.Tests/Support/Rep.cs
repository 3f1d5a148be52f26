namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>A signed-in rep of a test team.</summary>
public sealed record Rep(long Id, string Email, HttpClient Client);
