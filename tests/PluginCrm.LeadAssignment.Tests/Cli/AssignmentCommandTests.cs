using PluginCrm.Sdk.Testing;

namespace PluginCrm.LeadAssignment.Tests.Cli;

/// <summary>
/// <c>crm assignment ...</c> run as ./crm runs it: the built host as a process, the plugin loaded from its folder on disk.
/// </summary>
public sealed class AssignmentCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assignment-cli-").FullName;

    public void Dispose() => Directory.Delete(data, recursive: true);

    private Task<CrmCommandResult> Crm(params string[] args) => CrmCommandLine.RunAsync(data, PluginCrm.Tests.Shared.BuiltPlugins.Directory, args);

    [Fact]
    public async Task Rules_are_added_from_a_file_listed_and_bad_ones_refused_with_one_line()
    {
        Assert.Equal(0, (await Crm("teams", "add", "--name", "East")).Exit);
        var good = Path.Combine(data, "good.json");
        var bad = Path.Combine(data, "bad.json");
        await File.WriteAllTextAsync(good, """{ "name": "east big", "regions": "East", "minValue": 10000, "teamId": 1, "strategy": "least-loaded" }""");
        await File.WriteAllTextAsync(bad, """{ "name": "", "teamId": 99 }""");

        var added = await Crm("assignment", "rule-add", good);
        var refused = await Crm("assignment", "rule-add", bad);
        var listed = await Crm("assignment", "rules");

        Assert.Equal((0, "rule 1 'east big' added at position 0"), (added.Exit, added.Out.Trim()));
        Assert.Equal(1, refused.Exit);
        Assert.Contains("name: is required; teamId: there is no team 99", refused.Error);
        Assert.Contains("region in [East], deal size 10000–…", listed.Out);
        Assert.Contains("team 1 by least-loaded", listed.Out);
    }

    [Fact]
    public async Task A_usage_error_exits_2_and_a_refused_transfer_exits_1()
    {
        var noReason = await Crm("assignment", "transfer", "customer", "5");
        var missing = await Crm("assignment", "transfer", "customer", "5", "--reason", "left the company");

        Assert.Equal(2, noReason.Exit);
        Assert.Contains("--reason", noReason.Error);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("there is no customer 5", missing.Error);
    }

    [Fact]
    public async Task An_import_is_not_a_capture_two_rows_sharing_a_phone_both_arrive()
    {
        var csv = Path.Combine(data, "household.csv");
        await File.WriteAllTextAsync(csv, "Full Name,Phone\nWang Fang,+86 138-0013-8000\nLi Lei,+86 138 0013 8000\n");

        var imported = await Crm("import", "customers", csv, "--map", "name=Full Name,phone=Phone");
        var listed = await Crm("export", "customers", "--out", Path.Combine(data, "out.csv"));

        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Equal(0, listed.Exit);
        var rows = await File.ReadAllLinesAsync(Path.Combine(data, "out.csv"));
        Assert.Equal(3, rows.Length); // the header and both people
    }
}
