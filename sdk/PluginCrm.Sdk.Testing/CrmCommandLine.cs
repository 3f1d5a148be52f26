using System.Diagnostics;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// Runs the host as <c>./crm</c> runs it: a process over a data folder, loading the plugins of a folder from disk, so a
/// test sees a plugin command's real parsing, output and exit code. The host is the copy this kit brought into the
/// test's output folder, run on the test's own runtime configuration and dependencies (<c>dotnet exec --runtimeconfig
/// --depsfile</c>, as the test runner itself is started), which name everything the host needs.
/// </summary>
public static class CrmCommandLine
{
    /// <summary>
    /// Runs <c>crm <paramref name="arguments"/></c> on <paramref name="dataDirectory"/> with the plugins of
    /// <paramref name="pluginsDirectory"/> (a folder of plugin folders; none when null); gives up after a minute.
    /// </summary>
    public static async Task<CrmCommandResult> RunAsync(string dataDirectory, string? pluginsDirectory, params string[] arguments)
    {
        var host = typeof(CrmApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var none = pluginsDirectory ?? Directory.CreateDirectory(Path.Combine(dataDirectory, "no-plugins")).FullName;
        var (runtimeConfig, deps) = RuntimeFiles();
        foreach (var argument in new[] { "exec", "--runtimeconfig", runtimeConfig, "--depsfile", deps, host, "--data-dir", dataDirectory, "--plugins-dir", none }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CrmCommandResult(process.ExitCode, await output, await error);
    }

    // The running application's X.deps.json (the test project's; the host lists it first, then the frameworks') and the X.runtimeconfig.json beside it.
    private static (string RuntimeConfig, string Deps) RuntimeFiles()
    {
        var deps = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?.Split(';')[0];
        if (string.IsNullOrEmpty(deps) || !deps.EndsWith(".deps.json", StringComparison.Ordinal))
            throw new InvalidOperationException("CrmCommandLine runs the host on the test's own deps.json, and this process was started without one");
        return (string.Concat(deps.AsSpan(0, deps.Length - ".deps.json".Length), ".runtimeconfig.json"), deps);
    }
}

/// <summary>What a <c>crm</c> process did.</summary>
/// <param name="Exit">The exit code: 0 success, 1 refusal, 2 usage or configuration error.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CrmCommandResult(int Exit, string Out, string Error);
