using System.Text.Json;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Spend;

/// <summary><c>crm spend add|list</c> and <c>crm kpis acquisition</c>, each as its own process on one database.</summary>
public sealed class SpendCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Spend_added_on_the_command_line_is_listed_and_counted_and_bad_options_are_one_line()
    {
        var plugins = Directory.CreateDirectory(Path.Combine(data.Path, "no-plugins")).FullName;
        string[] where = ["--data-dir", data.Path, "--plugins-dir", plugins];

        var added = await CliRunner.RunAsync(["spend", "add", "--from", "2026-01-01", "--to", "2026-01-11", "--kind", "marketing", "--amount", "1000", "--currency", "CNY", "--note", "flyers", .. where]);
        Assert.Equal(0, added.ExitCode);
        Assert.Equal("spend 1: 1000.00 CNY marketing for 2026-01-01 until 2026-01-11 (excluded), company-wide", added.Out.Trim());

        var listed = await CliRunner.RunAsync(["spend", "list", "--json", .. where]);
        Assert.Equal(0, listed.ExitCode);
        var spend = Assert.Single(JsonSerializer.Deserialize<List<SpendView>>(listed.Out, WebApi.Json)!);
        Assert.Equal((1000m, "flyers", (long?)null), (spend.Amount, spend.Note, spend.TeamId));

        // 4 of the 10 days fall in the period: 1000 × 4 / 10 = 400 of marketing; no new customer, so no cost per customer.
        var kpis = await CliRunner.RunAsync(["kpis", "acquisition", "--from", "2026-01-07", "--to", "2026-02-01", "--json", .. where]);
        Assert.Equal(0, kpis.ExitCode);
        Assert.Equal(new AcquisitionFigures(0, 400m, 0m, 400m, null), JsonSerializer.Deserialize<KpiReport<AcquisitionFigures>>(kpis.Out, WebApi.Json)!.Total);

        var refused = await CliRunner.RunAsync(["spend", "add", "--from", "2026-02-01", "--to", "2026-01-01", "--kind", "travel", "--amount", "ten", "--currency", "CNY", .. where]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("crm: --kind 'travel' is not one of: marketing, sales; --amount 'ten' is not an amount such as 12500.50", refused.Error.Trim());
    }
}
