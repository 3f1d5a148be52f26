using System.Diagnostics;
using System.Text.RegularExpressions;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.PublicApi;

/// <summary>
/// The SDK's public API changes only with its version (sdk/PublicApi.props): a copy of the real SDK project, with the
/// repository's build files, is built with <c>dotnet build</c> as a plugin author's change would be. The real project
/// rather than a minimal one, so the test fails if the SDK stops importing the check; the two refused builds stop before
/// the compiler runs, so the whole test takes one compile of the SDK (about 15 s on two cores) plus restores. No database is
/// involved, so it runs once, in the SQLite run (trait Database=SQLite), not again in the PostgreSQL run.
/// </summary>
[Trait("Database", "SQLite")]
public sealed partial class PublicApiVersionTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("plugincrm-sdk-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [GeneratedRegex("<Version>[^<]*</Version>")]
    private static partial Regex VersionElement();

    [Fact]
    public async Task A_public_member_added_under_the_released_version_fails_the_build_until_the_version_is_bumped()
    {
        CopySdk();
        var props = Path.Combine(root, "sdk", "Directory.Build.props");
        var released = Regex.Match(File.ReadAllText(props), "<PublicApiShippedVersion>([^<]*)</PublicApiShippedVersion>").Groups[1].Value;
        var major = int.Parse(released.Split('.')[0]);
        var unshipped = Path.Combine(root, "sdk", "PluginCrm.Sdk", "PublicAPI.Unshipped.txt");
        File.WriteAllText(Path.Combine(root, "sdk", "PluginCrm.Sdk", "Added.cs"), """
            namespace PluginCrm.Sdk;

            /// <summary>Added after the release.</summary>
            public static class Added
            {
                /// <summary>Something new.</summary>
                public static int Answer() => 42;
            }
            """);
        File.AppendAllText(unshipped, "PluginCrm.Sdk.Added\nstatic PluginCrm.Sdk.Added.Answer() -> int\n");

        SetVersion(props, released);
        var unbumped = await BuildAsync();
        Assert.NotEqual(0, unbumped.ExitCode);
        Assert.Contains($"PluginCrm.Sdk: its public API changed (PublicAPI.Unshipped.txt is not empty) but its version is still {released}, " +
            "the one PublicAPI.Shipped.txt was released as. Bump <Version>", unbumped.Output);

        // A removal breaks plugins built for the release: a minor version is not enough.
        var withRemoval = File.ReadAllText(unshipped);
        File.AppendAllText(unshipped, "*REMOVED*PluginCrm.Sdk.Plugins.ICrmPlugin.Configure(PluginCrm.Sdk.Plugins.IPluginBuilder! plugin) -> void\n");
        SetVersion(props, $"{major}.1.0");
        var minor = await BuildAsync();
        Assert.NotEqual(0, minor.ExitCode);
        Assert.Contains($"PluginCrm.Sdk: PublicAPI.Unshipped.txt removes or changes API released in {released}, which breaks plugins built for it, " +
            $"but version {major}.1.0 keeps the major version.", minor.Output);
        File.WriteAllText(unshipped, withRemoval);

        // A major version passes whatever else is unshipped in the repository at the moment.
        SetVersion(props, $"{major + 1}.0.0");
        var bumped = await BuildAsync();
        Assert.True(bumped.ExitCode == 0, bumped.Output);
    }

    private static void SetVersion(string props, string version) =>
        File.WriteAllText(props, VersionElement().Replace(File.ReadAllText(props), $"<Version>{version}</Version>", 1));

    // What the SDK project builds with: the repository's build files and the project without its bin and obj.
    private void CopySdk()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "sdk/Directory.Build.props", "sdk/PublicApi.props" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.Copy(Path.Combine(TestPaths.RepoRoot, file), Path.Combine(root, file));
        }
        var project = Path.Combine(TestPaths.RepoRoot, "sdk", "PluginCrm.Sdk");
        foreach (var file in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar) || relative.StartsWith("obj" + Path.DirectorySeparatorChar))
                continue;
            var target = Path.Combine(root, "sdk", "PluginCrm.Sdk", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<(int ExitCode, string Output)> BuildAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        foreach (var arg in new[] { "build", "sdk/PluginCrm.Sdk/PluginCrm.Sdk.csproj", "-nologo", "-v", "q", "--disable-build-servers" })
            start.ArgumentList.Add(arg);
        // The test runner's own MSBuild settings must not steer this build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await error);
    }
}
