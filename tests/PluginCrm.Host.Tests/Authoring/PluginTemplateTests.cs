using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Authoring;

/// <summary>
/// docs/plugins.md, followed by a plugin author in an empty folder outside this repository: pack the SDK, install the
/// template, make a plugin, build it, run its tests, pack it, install the package into a fresh plugins folder, start a
/// host on it and call the plugin. Each step is the real command, as a process. NuGet restores into a package cache of the
/// test's own, so the PluginCrm packages are always the ones just packed, never an older copy of the same version.
/// It runs once, in the SQLite run (trait Database=SQLite): its cost is the author's builds (about 35 s of CPU), and what the
/// PostgreSQL run would add, a plugin's migration and the test kit on PostgreSQL, the built-in plugins and their test
/// projects check there already.
/// </summary>
[Trait("Database", "SQLite")]
public sealed partial class PluginTemplateTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly Dictionary<string, string> Unchanged = [];
    private readonly string root = Directory.CreateTempSubdirectory("plugincrm-author-").FullName;

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
    }

    [GeneratedRegex(@"^packed .*/(?<id>[A-Za-z.]+?)\.\d+\.\d+\.\d+\.nupkg$")]
    private static partial Regex Packed();

    [Fact]
    public async Task A_plugin_made_from_the_template_outside_the_repository_builds_passes_its_tests_packs_installs_and_answers()
    {
        var packages = Path.Combine(root, "packages");
        var packed = await Step("crm sdk pack", root, Unchanged, Path.Combine(TestPaths.RepoRoot, "crm"), "sdk", "pack", "--out", packages, "--configuration", TestPaths.Configuration, "--no-build");
        Assert.Equal(["PluginCrm.Feedback.Contracts", "PluginCrm.Host", "PluginCrm.Sdk", "PluginCrm.Sdk.Data", "PluginCrm.Sdk.Testing", "PluginCrm.Templates", "PluginCrm.Training.Contracts", "PluginCrm.ValueScoring.Contracts"],
            packed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Packed().Match(line).Groups["id"].Value).Order());

        var author = await AuthorEnvironmentAsync();
        var hive = Path.Combine(root, "hive");
        await Step("dotnet new install", root, author, "dotnet", "new", "install", Directory.GetFiles(packages, "PluginCrm.Templates.*.nupkg").Single(), "--debug:custom-hive", hive);
        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        await Step("dotnet new crm-plugin", work, author, "dotnet", "new", "crm-plugin", "-n", "Acme.Loyalty", "--debug:custom-hive", hive);
        var solution = Path.Combine(work, "Acme.Loyalty");
        await Step("dotnet build", solution, author, "dotnet", "build");
        // The plugin project is a plugin by PluginCrm.Sdk's build files; the test project, which has the SDK through the kit, is not.
        Assert.Contains("PluginCrm.Sdk.props", File.ReadAllText(Path.Combine(solution, "Acme.Loyalty", "obj", "Acme.Loyalty.csproj.nuget.g.props")));
        Assert.DoesNotContain("PluginCrm.Sdk.props", File.ReadAllText(Path.Combine(solution, "Acme.Loyalty.Tests", "obj", "Acme.Loyalty.Tests.csproj.nuget.g.props")));
        var tests = await Step("dotnet test", solution, author, "dotnet", "test", "--no-build");
        output.WriteLine(Regex.Match(tests.Out, "(Passed|Failed)!.*").Value);
        Assert.Matches(@"Passed!\s+- Failed:\s+0, Passed:\s+[1-9]", tests.Out);
        await Step("dotnet pack", solution, author, "dotnet", "pack", "-o", Path.Combine(root, "out"));

        // The package is the plugin folder: its own assembly and manifest, none of the host's assemblies.
        var package = Path.Combine(root, "out", "Acme.Loyalty.1.0.0.nupkg");
        using (var zip = ZipFile.OpenRead(package))
            Assert.Equal(["plugin/Acme.Loyalty.deps.json", "plugin/Acme.Loyalty.dll", "plugin/Acme.Loyalty.pdb", "plugin/Acme.Loyalty.runtimeconfig.json", "plugin/plugin.json"],
                zip.Entries.Select(e => e.FullName).Where(name => name.StartsWith("plugin/", StringComparison.Ordinal)).Order());
        var plugins = Directory.CreateDirectory(Path.Combine(root, "plugins")).FullName;
        var installed = await CliRunner.RunAsync("plugins", "install", package, "--data-dir", Path.Combine(root, "data"), "--plugins-dir", plugins);
        Assert.True(installed.ExitCode == 0, $"crm plugins install failed with exit code {installed.ExitCode}:\n{installed.Out}\n{installed.Error}");

        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins);
        var loyalty = await host.PluginAsync("loyalty");
        Assert.True(loyalty.State == "enabled", $"loyalty is {loyalty.State}: {loyalty.Reason}");
        var customer = await (await host.Client.Post("/api/customers", new { name = "Wang Fang" })).As<IdRow>();
        (await host.Client.Post("/api/orders", new { number = "A-1", customerId = customer.Id, orderedUtc = "2025-12-01T10:00:00Z", currency = "EUR",
            lines = new[] { new { description = "Tea", quantity = 1, unitPrice = 12.99m } } })).EnsureSuccessStatusCode();
        Assert.Equal(12, (await host.Client.GetFromJsonAsync<BalanceRow>($"/api/loyalty/customers/{customer.Id}"))!.Points);
    }

    [Fact]
    public async Task A_pack_that_fails_says_why_in_one_line_and_exits_non_zero()
    {
        var failed = await Command.RunAsync("crm sdk pack", root, Unchanged, Limit, Path.Combine(TestPaths.RepoRoot, "crm"),
            "sdk", "pack", "--out", Path.Combine(root, "packages"), "--configuration", "NeverBuilt", "--no-build");

        Assert.Equal(1, failed.Exit);
        Assert.Matches(@"^crm: sdk pack failed: .*error NU5026: The file '.*PluginCrm\.Sdk\.dll' to be packed was not found on disk", failed.Error.Trim());
        Assert.Single(failed.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "packages")));
    }

    private async Task<Command> Step(string step, string folder, IReadOnlyDictionary<string, string> environment, string program, params string[] arguments)
    {
        var command = await Command.RunAsync(step, folder, environment, Limit, program, arguments);
        output.WriteLine($"{step}: {command.Took.TotalSeconds:0.0} s");
        return command.Succeeded();
    }

    // The author's machine, as far as NuGet and MSBuild go: a package cache of the test's own that falls back on this
    // machine's (all but the PluginCrm packages), and no build servers left running to hold the test's output pipes.
    private async Task<IReadOnlyDictionary<string, string>> AuthorEnvironmentAsync()
    {
        var locals = await Step("dotnet nuget locals", root, Unchanged, "dotnet", "nuget", "locals", "global-packages", "--list");
        var machine = locals.Out.Trim()["global-packages: ".Length..];
        var fallback = Directory.CreateDirectory(Path.Combine(root, "fallback")).FullName;
        foreach (var package in Directory.GetDirectories(machine).Where(p => !Path.GetFileName(p).StartsWith("plugincrm.", StringComparison.Ordinal)))
            Directory.CreateSymbolicLink(Path.Combine(fallback, Path.GetFileName(package)), package);
        return new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(root, "nuget"),
            ["RestoreAdditionalProjectFallbackFolders"] = fallback,
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["UseSharedCompilation"] = "false",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
    }

    private sealed record IdRow(long Id);

    private sealed record BalanceRow(long CustomerId, long Points);
}
