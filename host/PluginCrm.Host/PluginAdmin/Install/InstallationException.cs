namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>Installing or uninstalling a plugin was refused, and nothing changed; the message is one line for the admin.</summary>
public sealed class InstallationException(string message, int exitCode = 1) : Exception(message)
{
    /// <summary>1 for a refusal, 2 for a usage error (an argument that cannot be right).</summary>
    public int ExitCode { get; } = exitCode;
}
