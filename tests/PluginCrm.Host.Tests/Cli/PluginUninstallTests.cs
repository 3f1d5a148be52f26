using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary><c>crm plugins uninstall [--purge]</c> with the built host and a real SQLite file.</summary>
public sealed class PluginUninstallTests : IDisposable
{
    private const string Pipeline = "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin";
    private readonly PluginsFolder plugins = new PluginsFolder()
        .Add("base")
        .Add("addon", dependencies: new() { ["base"] = "^1.0.0" })
        .Add("pipe", Pipeline);
    private readonly PluginsFolder sources = new PluginsFolder().Add("pipe", Pipeline);
    private readonly TempFolder data = new();

    public void Dispose()
    {
        plugins.Dispose();
        sources.Dispose();
        data.Dispose();
    }

    private Task<CliRunner.Result> Crm(params string[] args) =>
        CliRunner.RunAsync([.. args, "--data-dir", data.Path, "--plugins-dir", plugins.Path]);

    private async Task RefusedAsync(string error, params string[] args)
    {
        var before = plugins.Snapshot();
        var result = await Crm(args);
        Assert.Equal((1, $"crm: {error}", ""), (result.ExitCode, result.Error.Trim(), result.Out));
        Assert.Equal(before, plugins.Snapshot());
    }

    [Fact]
    public async Task Uninstall_keeps_the_data_and_purge_drops_the_tables_and_the_host_rows()
    {
        Assert.Equal(0, (await Crm("migrate")).ExitCode);
        Assert.Equal(0, (await Crm("plugins", "disable", "pipe")).ExitCode);
        var db = new CrmDbFile(data.Path);
        await db.ScalarAsync("""
            INSERT INTO plugin_settings (PluginId, Json, ChangedUtc, ChangedBy) VALUES ('pipe', '{"postCommitFailures":3}', '2026-11-27 12:00:00', 'test');
            INSERT INTO plugin_settings (PluginId, Json, ChangedUtc, ChangedBy) VALUES ('base', '{"greeting":"hi"}', '2026-11-27 12:00:00', 'test');
            INSERT INTO fx_seen (CustomerId, Name) VALUES (7, 'Ada');
            INSERT INTO record_shares (RecordType, RecordId, PluginId, CreatedUtc) VALUES ('customer', 7, 'pipe', '2026-11-27 12:00:00');
            INSERT INTO job_schedules (JobKey, NextRunUtc) VALUES ('pipe.sweep', '2026-11-27 12:00:00'), ('pipeline.sweep', '2026-11-27 12:00:00');
            """);

        var kept = await Crm("plugins", "uninstall", "pipe");

        Assert.Equal((0, $"uninstalled pipe 1.0.0 from {plugins.Of("pipe")}; its data stays (--purge drops it); restart the host to unload it"),
            (kept.ExitCode, kept.Out.Trim()));
        Assert.False(Directory.Exists(plugins.Of("pipe")));
        Assert.Subset(await db.TablesAsync(), new HashSet<string> { "fx_seen", "__migrations_pipe" });
        Assert.Equal((1, 1, 1, 1), (await db.CountAsync("fx_seen"), await db.CountAsync("plugin_settings", "PluginId = 'pipe'"),
            await db.CountAsync("modules", "PluginId = 'pipe'"), await db.CountAsync("record_shares", "PluginId = 'pipe'")));

        Assert.Equal(0, (await Crm("plugins", "install", sources.Of("pipe"))).ExitCode);
        Assert.Matches(@"(?m)^pipe\s+1\.0\.0\s+disabled$", (await Crm("plugins", "list")).Out); // the switch outlived the folder
        var purged = await Crm("plugins", "uninstall", "pipe", "--purge");

        Assert.Equal((0, $"uninstalled pipe 1.0.0 from {plugins.Of("pipe")}; dropped its data (tables: fx_seen, __migrations_pipe; " +
            "its settings, module switch, record shares, job schedules and queued deliveries); restart the host to unload it"), (purged.ExitCode, purged.Out.Trim()));
        Assert.False(Directory.Exists(plugins.Of("pipe")));
        var tables = await db.TablesAsync();
        Assert.DoesNotContain("fx_seen", tables);
        Assert.DoesNotContain("__migrations_pipe", tables);
        Assert.Equal((0, 0, 0, 0), (await db.CountAsync("plugin_settings", "PluginId = 'pipe'"), await db.CountAsync("modules", "PluginId = 'pipe'"),
            await db.CountAsync("record_shares", "PluginId = 'pipe'"), await db.CountAsync("job_schedules", "JobKey = 'pipe.sweep'")));
        Assert.Equal((1, 1), (await db.CountAsync("plugin_settings", "PluginId = 'base'"), await db.CountAsync("job_schedules", "JobKey = 'pipeline.sweep'")));
        Assert.Equal(1, await db.CountAsync("audit", "Message = 'plugin.purge' AND RecordKey = 'pipe'"));
    }

    [Fact]
    public async Task Uninstall_is_refused_while_an_installed_plugin_needs_it()
    {
        await RefusedAsync("cannot uninstall 'base': installed plugins need it: 'addon'; uninstall them first", "plugins", "uninstall", "base");
        await RefusedAsync("cannot uninstall 'base': installed plugins need it: 'addon'; uninstall them first", "plugins", "uninstall", "base", "--purge");
        Assert.Equal(0, (await Crm("plugins", "uninstall", "addon")).ExitCode);
        Assert.Equal(0, (await Crm("plugins", "uninstall", "base")).ExitCode);
    }

    [Fact]
    public async Task An_unknown_id_is_refused()
    {
        await RefusedAsync($"'nope' is not installed in {plugins.Path} (see 'crm plugins list')", "plugins", "uninstall", "nope");
    }

    [Fact]
    public async Task Purge_is_refused_for_a_plugin_that_does_not_load_and_nothing_is_removed()
    {
        plugins.Add("broken", entryType: "ThrowOnConfigurePlugin");
        var before = plugins.Snapshot();

        var result = await Crm("plugins", "uninstall", "broken", "--purge");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^crm: cannot purge 'broken': it does not load \(.+\), so its tables are unknown; uninstall it without --purge, which keeps its data$", result.Error.Trim());
        Assert.Equal(before, plugins.Snapshot());
    }
}
