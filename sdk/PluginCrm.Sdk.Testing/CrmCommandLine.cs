namespace PluginCrm.Sdk.Testing;

/// <summary>
/// Runs <c>./crm</c>'s command line in the test's process: the same parser and commands, a host built for the command
/// over a data folder and the plugins of a folder loaded from disk, so a test sees a plugin command's real parsing,
/// output and exit code. Each command's console output is its own, even when tests run side by side. A process per
/// command would add about 1.5 seconds of start-up (the runtime, compiling the host, building the database model) to
/// each, which the suite cannot afford.
/// </summary>
public static class CrmCommandLine
{
    /// <summary>
    /// Runs <c>crm <paramref name="arguments"/></c> on <paramref name="dataDirectory"/> with the plugins of
    /// <paramref name="pluginsDirectory"/> (a folder of plugin folders; none when null). When the suite runs on PostgreSQL,
    /// a folder without settings is given a database of its own first, as <see cref="CrmTestHost"/> does.
    /// </summary>
    public static async Task<CrmCommandResult> RunAsync(string dataDirectory, string? pluginsDirectory, params string[] arguments)
    {
        var none = pluginsDirectory ?? Directory.CreateDirectory(Path.Combine(dataDirectory, "no-plugins")).FullName;
        await TestDatabase.PlaceAsync(dataDirectory, new Dictionary<string, string?>(), fresh: false, pluginsDirectory: null, CancellationToken.None);
        return await RunAsync("", ["--data-dir", dataDirectory, "--plugins-dir", none, .. arguments]);
    }

    /// <summary>Runs <c>crm <paramref name="arguments"/></c> as given, with <paramref name="input"/> on its standard input.</summary>
    internal static async Task<CrmCommandResult> RunAsync(string input, string[] arguments)
    {
        var (exit, output, error) = await FlowConsole.CaptureAsync(input, () => Host.Hosting.CommandLine.CrmCommandLine.RunAsync(arguments));
        return new CrmCommandResult(exit, output, error);
    }
}

/// <summary>What a <c>crm</c> command did.</summary>
/// <param name="Exit">The exit code: 0 success, 1 refusal, 2 usage or configuration error.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CrmCommandResult(int Exit, string Out, string Error);
