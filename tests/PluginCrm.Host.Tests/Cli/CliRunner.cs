using System.Diagnostics;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Cli;

/// <summary>
/// Runs <c>./crm</c>'s command line: in this process (the test kit's way, with the built-in plugins unless the
/// arguments name a plugins folder), or, when a test sets environment variables, as a process of the built host.
/// </summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        string[] arguments = args.Contains("--plugins-dir") ? args : ["--plugins-dir", TestPaths.BuiltInPlugins, .. args];
        var result = await CrmCommandLine.RunAsync("", arguments);
        return new Result(result.Exit, result.Out, result.Error);
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        if (environment is null)
            return await RunAsync(args);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.HostDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // an import of thousands of rows, on a busy machine
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
