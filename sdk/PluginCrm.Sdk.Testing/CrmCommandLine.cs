using System.Diagnostics;
using System.Reflection;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// Runs the built host as <c>./crm</c> runs it: a process over a data folder, loading the plugins built into the host's
/// <c>plugins</c> folder from disk, so a test sees a plugin command's real parsing, output and exit code.
/// </summary>
public static class CrmCommandLine
{
    /// <summary>Where the host and its plugins are built (this kit is built with the same configuration).</summary>
    public static readonly string HostOutputDirectory = typeof(CrmCommandLine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "HostOutputDir").Value!;

    /// <summary>Runs <c>crm <paramref name="arguments"/></c> on <paramref name="dataDirectory"/>; gives up after a minute.</summary>
    public static async Task<CrmCommandResult> RunAsync(string dataDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(HostOutputDirectory, "PluginCrm.Host.dll"), "--data-dir", dataDirectory, "--plugins-dir", Path.Combine(HostOutputDirectory, "plugins") }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CrmCommandResult(process.ExitCode, await output, await error);
    }
}

/// <summary>What a <c>crm</c> process did.</summary>
/// <param name="Exit">The exit code: 0 success, 1 refusal, 2 usage or configuration error.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CrmCommandResult(int Exit, string Out, string Error);
