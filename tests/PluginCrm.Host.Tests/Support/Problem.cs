namespace PluginCrm.Host.Tests.Support;

/// <summary>An RFC 9457 problem as the API returns it.</summary>
public sealed record Problem(string? Type, string? Title, int Status, string? Detail, Dictionary<string, string[]>? Errors, string? CorrelationId);
