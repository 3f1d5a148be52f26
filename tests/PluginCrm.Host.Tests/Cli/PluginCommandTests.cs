using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary><c>crm &lt;plugin command&gt;</c>: a real plugin assembly from disk adds a command to the built host, and to its help.</summary>
public sealed class PluginCommandTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly PluginsFolder plugins = new PluginsFolder().Add("records", "PluginCrm.Fixtures.Plugins.Records.RecordsPlugin");

    public void Dispose()
    {
        data.Dispose();
        plugins.Dispose();
    }

    private Task<CliRunner.Result> Crm(params string[] args) =>
        CliRunner.RunAsync([.. args, "--data-dir", data.Path, "--plugins-dir", plugins.Path]);

    [Fact]
    public async Task A_plugin_command_runs_with_its_own_words_and_reports_refusals_on_one_line()
    {
        var count = await Crm("fixture-records", "count", "region=east");
        var globalsFirst = await CliRunner.RunAsync("--data-dir", data.Path, "--plugins-dir", plugins.Path, "fixture-records", "count");
        var missing = await Crm("fixture-records", "rename", "42", "Wang");
        var usage = await Crm("fixture-records");
        var unknown = await Crm("fixture-recrods", "count");

        Assert.Equal((0, "0 customers"), (count.ExitCode, count.Out.Trim()));
        Assert.Equal((0, "0 customers"), (globalsFirst.ExitCode, globalsFirst.Out.Trim()));
        Assert.Equal((1, "crm: there is no customer 42"), (missing.ExitCode, missing.Error.Trim()));
        Assert.Equal((2, "crm: usage: fixture-records count|rename ID NAME"), (usage.ExitCode, usage.Error.Trim()));
        Assert.Equal((2, "crm: 'fixture-recrods' is not a command; plugins add: fixture-records (see 'crm --help')"), (unknown.ExitCode, unknown.Error.Trim()));
    }

    [Fact]
    public async Task A_disabled_module_keeps_its_command_off()
    {
        var disabled = await Crm("plugins", "disable", "records");
        var refused = await Crm("fixture-records", "count");

        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal((1, "crm: 'fixture-records' belongs to the module records, which is disabled; enable it with 'crm plugins enable records'"),
            (refused.ExitCode, refused.Error.Trim()));
    }

    [Fact]
    public async Task Help_lists_an_enabled_plugins_command_despite_broken_plugins_and_leaves_no_trace()
    {
        plugins.Add("broken", "ThrowOnConfigurePlugin").AddRaw("unreadable", "{ not json");

        var help = await Crm("--help");

        Assert.Equal((0, ""), (help.ExitCode, help.Error));
        Assert.Matches(@"(?m)^\s+plugins\s+List plugins", help.Out);
        Assert.Matches(@"(?m)^\s+fixture-records\s+Counts and renames customers \(a test fixture\) \(plugin records\)$", help.Out);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data.Path)); // no database, no log file
    }

    [Fact]
    public async Task Help_lists_a_modules_command_until_the_module_is_disabled()
    {
        var enabled = await Crm("--help");
        Assert.Equal(0, (await Crm("plugins", "disable", "records")).ExitCode);
        var disabled = await Crm("--help");

        Assert.Equal((0, 0), (enabled.ExitCode, disabled.ExitCode));
        Assert.Contains("fixture-records", enabled.Out);
        Assert.DoesNotContain("fixture-records", disabled.Out);
        Assert.Contains("templates", disabled.Out);
    }
}
