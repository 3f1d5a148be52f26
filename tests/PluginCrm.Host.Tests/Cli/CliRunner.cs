using System.Diagnostics;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary>Runs the built host as a separate process, the way ./crm does.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.HostDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, args);
}
