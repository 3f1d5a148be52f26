namespace PluginCrm.Host.Data;

/// <summary>The host cannot start; the message is one line for the admin.</summary>
public sealed class StartupException(string message) : Exception(message);
