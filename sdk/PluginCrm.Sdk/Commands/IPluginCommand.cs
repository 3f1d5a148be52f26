namespace PluginCrm.Sdk.Commands;

/// <summary>
/// A command a plugin adds to the command line: <c>crm &lt;name&gt; ...</c>. The host loads the plugins, opens a
/// scope, and hands the command the words after its name; the command parses them itself (with the parser of its
/// choice) and returns the process exit code: 0 for success, 1 for a refusal, 2 for a usage error.
/// </summary>
public interface IPluginCommand
{
    /// <summary>The word after <c>crm</c>, e.g. <c>scoring</c>; lower case, unique, not one of the host's commands.</summary>
    string Name { get; }

    /// <summary>One line for <c>crm --help</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Runs the command; an <see cref="PluginCommandException"/> prints its one-line message and exits with its code, and so
    /// do the SDK's refusals: <see cref="Records.RecordValidationException"/> exits 2, the other refusals
    /// (<see cref="Records.RecordNotFoundException"/>, <see cref="Records.RecordConflictException"/>,
    /// <see cref="Access.RecordAccessDeniedException"/>, <see cref="Pipeline.PipelineValidationException"/>) exit 1.
    /// </summary>
    Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken);
}

/// <summary>What a plugin command is given.</summary>
/// <param name="Arguments">The words after the command's name, as typed.</param>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: progress and messages.</param>
public sealed record PluginCommandContext(IReadOnlyList<string> Arguments, TextWriter Out, TextWriter Error);

/// <summary>A refusal or usage error a plugin command reports as one line on standard error and a non-zero exit.</summary>
public sealed class PluginCommandException(string message, int exitCode = 1) : Exception(message)
{
    /// <summary>1 for a refusal, 2 for a usage error.</summary>
    public int ExitCode { get; } = exitCode;
}
