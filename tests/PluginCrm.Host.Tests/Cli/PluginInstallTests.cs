using System.Security.Cryptography;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Tests.Cli;

/// <summary>
/// <c>crm plugins install</c> with the built host: everything is checked before the plugins directory changes, and a
/// refusal is one line, a non-zero exit and the directory exactly as it was.
/// </summary>
public sealed class PluginInstallTests : IDisposable
{
    private const string Pipeline = "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin";
    private readonly PluginsFolder plugins = new PluginsFolder().Add("base", version: "1.2.0");
    private readonly PluginsFolder sources = new(); // what gets installed, outside the plugins directory
    private readonly TempFolder data = new();

    public void Dispose()
    {
        plugins.Dispose();
        sources.Dispose();
        data.Dispose();
    }

    private Task<CliRunner.Result> Crm(params string[] args) => Crm(null, args);

    private Task<CliRunner.Result> Crm(Dictionary<string, string>? environment, params string[] args) =>
        CliRunner.RunAsync(environment, [.. args, "--data-dir", data.Path, "--plugins-dir", plugins.Path]);

    private string Installed(string id, string version) =>
        $"installed {id} {version} into {Path.Combine(plugins.Path, id)}; restart the host to load it";

    private async Task RefusedAsync(int exitCode, string error, params string[] args) => await RefusedAsync(null, exitCode, error, args);

    private async Task RefusedAsync(Dictionary<string, string>? environment, int exitCode, string error, params string[] args)
    {
        var before = plugins.Snapshot();
        var result = await Crm(environment, args);
        Assert.Equal((exitCode, $"crm: {error}", ""), (result.ExitCode, result.Error.Trim(), result.Out));
        Assert.Equal(before, plugins.Snapshot());
    }

    private string Package(string kind, string id) => kind switch
    {
        "folder" => sources.Of(id),
        "zip" => PluginArchives.Zip(sources.Of(id), Path.Combine(sources.Path, $"{id}.zip")),
        "zip with a top folder" => PluginArchives.Zip(sources.Of(id), Path.Combine(sources.Path, $"{id}.zip"), topFolder: true),
        "nupkg" => PluginArchives.Nupkg(sources.Of(id), Path.Combine(sources.Path, $"{id}.1.0.0.nupkg"), id),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [InlineData("folder")]
    [InlineData("zip")]
    [InlineData("zip with a top folder")]
    [InlineData("nupkg")]
    public async Task A_folder_a_zip_or_a_nupkg_installs_and_the_plugin_is_listed_enabled(string kind)
    {
        sources.Add("hello", dependencies: new() { ["base"] = "^1.0.0" });

        var install = await Crm("plugins", "install", Package(kind, "hello"));
        var list = await Crm("plugins", "list");

        Assert.Equal((0, Installed("hello", "1.0.0"), ""), (install.ExitCode, install.Out.Trim(), install.Error));
        Assert.Matches(@"(?m)^hello\s+1\.0\.0\s+enabled$", list.Out);
        Assert.Equal(["base", "hello"], Directory.GetDirectories(plugins.Path).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(plugins.Path, "hello", "PluginCrm.Fixtures.Plugins.dll")));
    }

    [Fact]
    public async Task A_wrong_sha256_is_refused_and_the_right_one_in_any_case_installs()
    {
        sources.Add("hello");
        var zip = Package("zip", "hello");
        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip)));
        var wrong = new string('0', 64);

        await RefusedAsync(1, $"the SHA-256 of '{zip}' is {actual}, not the {wrong} given", "plugins", "install", zip, "--sha256", wrong);
        await RefusedAsync(2, "--sha256 'abc' is not 64 hexadecimal digits", "plugins", "install", zip, "--sha256", "abc");
        var right = await Crm("plugins", "install", zip, "--sha256", actual.ToUpperInvariant());
        Assert.Equal((0, Installed("hello", "1.0.0")), (right.ExitCode, right.Out.Trim()));
    }

    [Fact]
    public async Task A_missing_sha256_is_refused_when_the_admin_requires_one()
    {
        var required = new Dictionary<string, string> { ["CRM_Plugins__Install__RequireSha256"] = "true" };
        sources.Add("hello");
        var zip = Package("zip", "hello");

        await RefusedAsync(required, 1, "Plugins:Install:RequireSha256 is on: give the package's SHA-256 with --sha256", "plugins", "install", zip);
        await RefusedAsync(required, 1, "Plugins:Install:RequireSha256 is on: install a .zip or .nupkg with its --sha256, not a folder", "plugins", "install", sources.Of("hello"));
        var hashed = await Crm(required, "plugins", "install", zip, "--sha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip))));
        Assert.Equal((0, Installed("hello", "1.0.0")), (hashed.ExitCode, hashed.Out.Trim()));
    }

    [Fact]
    public async Task An_sdk_range_this_host_does_not_provide_is_refused()
    {
        var sdk = typeof(ICrmPlugin).Assembly.GetName().Version!.ToString(3);
        sources.Add("future", sdk: "^9.0.0");

        await RefusedAsync(1, $"cannot install future 1.0.0: built for SDK ^9.0.0, but this host provides SDK {sdk}", "plugins", "install", Package("zip", "future"));
    }

    [Fact]
    public async Task A_dependency_missing_or_out_of_range_is_refused()
    {
        sources.Add("lonely", dependencies: new() { ["extras"] = "^1.0.0" }).Add("eager", dependencies: new() { ["base"] = "^2.0.0" });

        await RefusedAsync(1, "cannot install lonely 1.0.0: needs 'extras' ^1.0.0, which is not installed", "plugins", "install", sources.Of("lonely"));
        await RefusedAsync(1, "cannot install eager 1.0.0: needs 'base' ^2.0.0, but version 1.2.0 is installed", "plugins", "install", sources.Of("eager"));
    }

    [Fact]
    public async Task A_conflict_with_an_installed_plugin_is_refused_whichever_side_declares_it()
    {
        plugins.Add("jealous", conflicts: ["newcomer"]);
        sources.Add("rival", conflicts: ["base"]).Add("newcomer");

        await RefusedAsync(1, "cannot install rival 1.0.0: it conflicts with 'base', which is installed", "plugins", "install", sources.Of("rival"));
        await RefusedAsync(1, "cannot install newcomer 1.0.0: 'jealous', which is installed, conflicts with it", "plugins", "install", sources.Of("newcomer"));
    }

    [Theory]
    [InlineData("../evil.dll")]
    [InlineData("hello/../../evil.dll")]
    [InlineData("/tmp/evil.dll")]
    public async Task An_archive_entry_that_would_land_outside_the_plugin_folder_refuses_the_archive(string entry)
    {
        sources.Add("hello");
        var zip = Package("zip", "hello");
        PluginArchives.AddEntry(zip, entry, "not an assembly");

        await RefusedAsync(1, $"'{zip}' has an entry that would land outside the plugin folder: '{entry}'", "plugins", "install", zip);
        Assert.False(File.Exists(Path.Combine(plugins.Path, "evil.dll")));
    }

    [Fact]
    public async Task A_package_without_its_manifest_or_assembly_is_refused()
    {
        sources.AddRaw("noassembly", """{ "id": "noassembly", "version": "1.0.0", "sdk": "^1.0.0", "assembly": "Missing.dll" }""");
        var empty = Directory.CreateDirectory(Path.Combine(sources.Path, "empty")).FullName;

        await RefusedAsync(1, "cannot install noassembly 1.0.0: the assembly 'Missing.dll' named in plugin.json is not in '" + sources.Of("noassembly") + "'",
            "plugins", "install", sources.Of("noassembly"));
        await RefusedAsync(1, $"'{empty}' holds no plugin.json", "plugins", "install", empty);
        await RefusedAsync(2, "'nowhere.zip': there is no such file or folder", "plugins", "install", "nowhere.zip");
    }

    [Fact]
    public async Task The_same_version_again_is_refused_as_already_installed()
    {
        sources.Add("base", version: "1.2.0");

        await RefusedAsync(1, "base 1.2.0 is already installed (folder 'base')", "plugins", "install", Package("nupkg", "base"));
    }

    [Fact]
    public async Task An_upgrade_replaces_the_plugin_and_keeps_its_tables_settings_and_switch()
    {
        plugins.Add("pipe", Pipeline, folder: "PluginCrm.Pipe");
        sources.Add("pipe", Pipeline, version: "1.1.0");
        Assert.Equal(0, (await Crm("migrate")).ExitCode);
        Assert.Equal(0, (await Crm("plugins", "disable", "pipe")).ExitCode);
        var db = new CrmDbFile(data.Path);
        await db.ScalarAsync("""
            INSERT INTO plugin_settings (PluginId, Json, ChangedUtc, ChangedBy) VALUES ('pipe', '{"postCommitFailures":3}', '2026-11-27 12:00:00', 'test');
            INSERT INTO fx_seen (CustomerId, Name) VALUES (7, 'Ada');
            """);

        var upgrade = await Crm("plugins", "install", Package("zip", "pipe"));
        var list = await Crm("plugins", "list");

        Assert.Equal((0, Installed("pipe", "1.1.0")), (upgrade.ExitCode, upgrade.Out.Trim()));
        Assert.Matches(@"(?m)^pipe\s+1\.1\.0\s+disabled$", list.Out);
        Assert.Equal(["base", "pipe"], Directory.GetDirectories(plugins.Path).Select(Path.GetFileName).Order());
        Assert.Equal("""{"postCommitFailures":3}""", await db.ScalarAsync("SELECT Json FROM plugin_settings WHERE PluginId = 'pipe'"));
        Assert.Equal(1, await db.CountAsync("fx_seen", "Name = 'Ada'"));
    }

    [Fact]
    public async Task A_downgrade_is_refused_unless_forced()
    {
        sources.Add("base", version: "1.0.0");

        await RefusedAsync(1, "cannot install base 1.0.0: the installed 1.2.0 is newer; downgrading needs --force, and the data stays as 1.2.0 left it",
            "plugins", "install", sources.Of("base"));
        var forced = await Crm("plugins", "install", sources.Of("base"), "--force");
        Assert.Equal((0, Installed("base", "1.0.0")), (forced.ExitCode, forced.Out.Trim()));
        Assert.Matches(@"(?m)^base\s+1\.0\.0\s+enabled$", (await Crm("plugins", "list")).Out);
    }

    [Fact]
    public async Task An_upgrade_that_would_leave_a_dependent_out_is_refused_unless_forced()
    {
        plugins.Add("addon", dependencies: new() { ["base"] = "^1.0.0" });
        sources.Add("base", version: "2.0.0");
        var leftOut = "'addon' would be left out: needs 'base' ^1.0.0, but version 2.0.0 is installed";

        await RefusedAsync(1, $"cannot install base 2.0.0: {leftOut} (--force installs anyway)", "plugins", "install", sources.Of("base"));
        var forced = await Crm("plugins", "install", sources.Of("base"), "--force");
        Assert.Equal((0, Installed("base", "2.0.0")), (forced.ExitCode, forced.Out.Trim()));
        Assert.Equal("crm: warning: 'addon' will be left out at the next start: needs 'base' ^1.0.0, but version 2.0.0 is installed", forced.Error.Trim());
    }
}
