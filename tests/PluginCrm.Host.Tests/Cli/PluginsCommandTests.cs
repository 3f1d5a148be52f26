using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

public sealed class PluginsCommandTests : IDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder()
        .Add("base")
        .Add("addon", dependencies: new() { ["base"] = "^1.0.0" })
        .Add("fragile", entryType: "ThrowOnStartPlugin");
    private readonly TempFolder data = new();

    public void Dispose()
    {
        plugins.Dispose();
        data.Dispose();
    }

    private Task<CliRunner.Result> Crm(params string[] args) =>
        CliRunner.RunAsync([.. args, "--data-dir", data.Path, "--plugins-dir", plugins.Path]);

    private sealed record Row(string Id, string? Version, string State, string? Reason);

    [Fact]
    public async Task List_as_json_gives_id_version_state_and_reason()
    {
        var result = await Crm("plugins", "list", "--json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonSerializer.Deserialize<List<Row>>(result.Out, JsonSerializerOptions.Web)!;
        Assert.Equal(["addon", "base", "fragile"], rows.Select(r => r.Id).Order());
        Assert.Equal(new Row("base", "1.0.0", "enabled", null), rows.Single(r => r.Id == "base"));
        Assert.Equal(new Row("fragile", "1.0.0", "failed", "failed while starting: InvalidOperationException: boom at start"), rows.Single(r => r.Id == "fragile"));
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["id", "version", "state", "reason"], json.RootElement[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Disable_and_enable_persist_and_refusals_exit_non_zero_with_one_line()
    {
        var refused = await Crm("plugins", "disable", "base");
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("crm: cannot disable 'base': enabled modules need it: 'addon'; disable them first or ask for a cascade", refused.Error.Trim());

        var cascade = await Crm("plugins", "disable", "base", "--cascade");
        Assert.Equal(0, cascade.ExitCode);
        Assert.Equal("disabled: base, addon", cascade.Out.Trim());

        var list = await Crm("plugins", "list");
        Assert.Matches(@"(?m)^base\s+1\.0\.0\s+disabled$", list.Out);
        Assert.Matches(@"(?m)^addon\s+1\.0\.0\s+disabled$", list.Out);

        Assert.Equal(0, (await Crm("plugins", "enable", "base")).ExitCode);
        Assert.Matches(@"(?m)^base\s+1\.0\.0\s+enabled$", (await Crm("plugins", "list")).Out);
    }

    [Fact]
    public async Task Check_against_a_future_sdk_reports_every_plugin_and_fails()
    {
        var current = await Crm("plugins", "check");
        var future = await Crm("plugins", "check", "--sdk", "3.0.0");

        Assert.Equal(0, current.ExitCode);
        Assert.Equal(1, future.ExitCode);
        Assert.Matches(@"(?m)^base\s+1\.0\.0\s+no\s+-\s+built for SDK \^2\.0\.0, but this host provides SDK 3\.0\.0$", future.Out);
        Assert.Matches(@"(?m)^addon\s+1\.0\.0\s+no\s+-\s+built for SDK", future.Out);
    }

    [Fact]
    public async Task Check_counts_what_a_plugin_built_for_an_older_sdk_lacks_and_json_lists_it()
    {
        using var old = new PluginsFolder().Add("base").AddBuiltForSdk15("watch", sdk: "^2.0.0");
        string[] args = ["plugins", "check", "--data-dir", data.Path, "--plugins-dir", old.Path];

        var table = await CliRunner.RunAsync(args);
        var json = await CliRunner.RunAsync([.. args, "--json"]);

        Assert.Equal(1, table.ExitCode);
        Assert.Matches(@"(?m)^ID\s+VERSION\s+COMPATIBLE\s+MISSING\s+REASON$", table.Out);
        Assert.Matches(@"(?m)^base\s+1\.0\.0\s+yes\s+0$", table.Out);
        var sdk = Regex.Escape(HostSdk.Version.ToString());
        Assert.Matches($@"(?m)^watch\s+1\.0\.0\s+no\s+4\s+uses 4 SDK types or members that SDK {sdk} does not have \(listed as missing\)$", table.Out);
        using var report = JsonDocument.Parse(json.Out);
        var watch = report.RootElement.GetProperty("plugins").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "watch");
        Assert.Contains("PluginCrm.Sdk.Plugins.IPluginBuilder.AddRecordType<T>(string) (method), now PluginCrm.Sdk.Plugins.IPluginBuilder.AddRecordType<TRecord, TOwnership>(string, Func<TRecord, long>)",
            json.Out); // as written, not escaped
        Assert.Equal(4, watch.GetProperty("missing").GetArrayLength());
    }

    [Theory]
    [InlineData("plugins", "frobnicate")]
    [InlineData("plugins", "enable")]
    [InlineData("--no-such-switch")]
    public async Task Usage_errors_are_one_line_with_exit_code_2(params string[] args)
    {
        var result = await Crm(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("crm: ", result.Error);
    }

    [Fact]
    public async Task Invalid_configuration_is_one_line_with_exit_code_2()
    {
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["CRM_Urls"] = "ftp://nowhere" }, "plugins", "list", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("crm: invalid configuration: Urls: 'ftp://nowhere' is not an http(s) URL such as http://127.0.0.1:5080", result.Error.Trim());
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        foreach (var command in new[] { new[] { "serve" }, ["migrate"], ["plugins"], ["plugins", "list"], ["plugins", "enable"], ["plugins", "disable"], ["plugins", "check"], ["plugins", "install"], ["plugins", "uninstall"] })
        {
            var result = await CliRunner.RunAsync([.. command, "--help"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Out);
        }
    }
}
