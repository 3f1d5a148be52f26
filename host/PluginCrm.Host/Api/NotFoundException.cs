namespace PluginCrm.Host.Api;

/// <summary>The record does not exist, or the caller may not see it (the two are not told apart).</summary>
public sealed class NotFoundException(string message) : Exception(message);
