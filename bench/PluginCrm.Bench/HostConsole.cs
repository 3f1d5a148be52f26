namespace PluginCrm.Bench;

/// <summary>
/// Discards what a host running in this process writes to the console. It logs every request to the console
/// and to its log file; a terminal would make the figures depend on the terminal, and the lines would bury the
/// bench's own. The log file stays, so the host still does the logging work it does in production.
/// </summary>
public sealed class HostConsole : IDisposable
{
    private readonly TextWriter output = Console.Out;
    private readonly TextWriter error = Console.Error;

    private HostConsole()
    {
        // Serilog's console sink looks up Console.Out and Console.Error on every event, so this reaches it.
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
    }

    public static HostConsole Silence() => new();

    public void Dispose()
    {
        Console.SetOut(output);
        Console.SetError(error);
    }
}
