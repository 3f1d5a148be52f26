using System.Diagnostics;
using System.Reflection;

namespace PluginCrm.ValueScoring.Tests.Support;

/// <summary>The built host and the plugin's built folder, run as <c>./crm</c> runs them.</summary>
public static class BuiltHost
{
    public static string Output { get; } = typeof(BuiltHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostOutputDir").Value!;

    /// <summary>A plugins folder holding only a copy of the built value-scoring plugin, as an installation would.</summary>
    public static string PluginsFolderWithValueScoring()
    {
        var folder = Directory.CreateTempSubdirectory("plugincrm-vs-plugins-").FullName;
        var source = Path.Combine(Output, "plugins", "PluginCrm.ValueScoring");
        var target = Directory.CreateDirectory(Path.Combine(folder, "PluginCrm.ValueScoring")).FullName;
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return folder;
    }

    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Output, "PluginCrm.Host.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
