using System.Text.Json;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary><c>crm scoring ...</c> through the host's command line, with the plugin loaded from its folder on disk (with MathNet.Numerics and System.CommandLine beside it).</summary>
public sealed class ScoringCliTests(CliDataFixture data) : IClassFixture<CliDataFixture>
{
    private const int Customers = CliDataFixture.Customers;
    private static readonly DateOnly CalibrationEnd = CliDataFixture.CalibrationEnd;

    private static IEnumerable<(DateOnly Day, decimal Amount)> Purchases(int i) => CliDataFixture.Purchases(i);

    private Task<CrmCommandResult> Crm(params string[] words) => CrmCommandLine.RunAsync(data.DataDir, data.PluginsDir, words);

    [Fact]
    public async Task Fit_run_runs_and_show_work_from_the_command_line_with_progress_on_standard_error()
    {
        var fit = await Crm("scoring", "fit", "--calibration-end", "2025-06-30", "--unit", "day", "--json");
        Assert.True(fit.Exit == 0, fit.Error);
        var fitted = JsonDocument.Parse(fit.Out).RootElement;
        Assert.Equal(Customers, fitted.GetProperty("customers").GetInt32());
        var repeat = Enumerable.Range(0, Customers).Count(i => Purchases(i).Count(p => p.Day <= CalibrationEnd) >= 2);
        Assert.Equal(repeat, fitted.GetProperty("repeatCustomers").GetInt32());
        Assert.True(fitted.GetProperty("bgnbd").GetProperty("r").GetDouble() > 0);
        Assert.Contains($"read {Enumerable.Range(0, Customers).Sum(i => Purchases(i).Count())} orders", fit.Error);

        var run = await Crm("scoring", "run", "--as-of", "2025-06-30");
        Assert.Equal(0, run.Exit);
        Assert.Matches("^run [0-9]+ as of 2025-06-30: 40 customers scored", run.Out);
        Assert.Contains("stored 40 of 40 scores", run.Error);

        var show = await Crm("scoring", "show", "1");
        Assert.Equal(0, show.Exit);
        var explained = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal(1, explained.GetProperty("customerId").GetInt64());
        Assert.Contains("⌊5 ×", show.Out);

        var runs = await Crm("scoring", "runs");
        Assert.Contains("as of 2025-06-30  command", runs.Out);
    }

    [Fact]
    public async Task Bad_words_get_one_line_and_a_non_zero_exit()
    {
        var badDate = await Crm("scoring", "run", "--as-of", "June");
        Assert.Equal((2, "crm: --as-of: 'June' is not a date in the form 2026-01-31"), (badDate.Exit, badDate.Error.Trim()));

        var unknown = await Crm("scoring", "explode");
        Assert.Equal(2, unknown.Exit);
        Assert.Equal("crm: scoring: Unrecognized command or argument 'explode'. (see crm scoring --help)", unknown.Error.Trim());

        var noRun = await Crm("scoring", "show", "1", "--run", "999");
        Assert.Equal((1, "crm: no scoring run 999 (see crm scoring runs)"), (noRun.Exit, noRun.Error.Trim()));
    }
}
