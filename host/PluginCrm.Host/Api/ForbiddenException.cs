namespace PluginCrm.Host.Api;

/// <summary>The caller is known but its role may not do this; the caller gets a 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
