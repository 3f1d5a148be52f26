namespace PluginCrm.Host.Cli;

/// <summary>A command failed in a way the user can fix; the message is printed as one line.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
