using System.Diagnostics;

namespace PluginCrm.Host.Tests.Authoring;

/// <summary>One step of a plugin author's, as a process in a folder: its exit code and everything it printed.</summary>
public sealed record Command(string Step, int Exit, string Out, string Error, TimeSpan Took)
{
    /// <summary>Runs <paramref name="program"/>; a step still running after <paramref name="timeout"/> is killed and fails.</summary>
    public static async Task<Command> RunAsync(string step, string folder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Command(step, -1, await output, $"{await error}\n(killed after {timeout.TotalMinutes} minutes)", clock.Elapsed);
        }
        return new Command(step, process.ExitCode, await output, await error, clock.Elapsed);
    }

    /// <summary>Fails the test with the step's output unless it succeeded.</summary>
    public Command Succeeded()
    {
        Assert.True(Exit == 0, $"{Step} failed with exit code {Exit}:\n{Out}\n{Error}");
        return this;
    }
}
