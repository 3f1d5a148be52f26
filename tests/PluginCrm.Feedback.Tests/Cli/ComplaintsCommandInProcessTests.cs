using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Feedback.Tests.Cli;

/// <summary>The command's parsing, output and exit codes, run in a test host (faster than a process per call).</summary>
public sealed class ComplaintsCommandInProcessTests : FeedbackTest
{
    private Task<CrmCommandResult> Crm(params string[] args) => feedback.Host.RunCommandAsync("complaints", args);

    private async Task<(int ExitCode, string Message)> Refused(params string[] args)
    {
        var result = await Crm(args);
        Assert.NotEqual(0, result.Exit);
        return (result.Exit, result.Error.Trim().Replace("crm: ", ""));
    }

    [Fact]
    public async Task Bad_input_exits_2_a_refusal_1_and_the_table_and_timeline_read_well()
    {
        var customer = await feedback.CustomerAsync("Li Lei");
        var badCategory = await Refused("add", "--customer", $"{customer.Id}", "--subject", "x", "--description", "y", "--category", "weather");
        var noSubject = await Refused("add", "--customer", $"{customer.Id}", "--description", "y");
        var badStatus = await Refused("list", "--status", "lost");
        var missing = await Refused("show", "9");
        Assert.Equal((2, "category: 'weather' is not one of product, service, delivery, billing, other"), (badCategory.ExitCode, badCategory.Message));
        Assert.Equal(2, noSubject.ExitCode);
        Assert.Contains("--subject", noSubject.Message);
        Assert.Equal((2, "--status: 'lost' is not one of open, inProgress, resolved, closed"), (badStatus.ExitCode, badStatus.Message));
        Assert.Equal((1, "there is no complaint 9"), (missing.ExitCode, missing.Message));

        Assert.Equal(0, (await Crm("add", "--customer", $"{customer.Id}", "--subject", "Cold soup", "--description", "d", "--priority", "high")).Exit);
        feedback.Clock.Advance(TimeSpan.FromHours(5)); // high: 4 hours to respond
        var overdue = await Crm("list", "--overdue");
        var shown = await Crm("show", "1");

        Assert.Equal([
            "ID  RECEIVED              STATUS  PRIORITY  CUSTOMER  OWNER  RESOLVE BY            SUBJECT",
            $"1   2026-01-05 09:00:00Z  open    high      {customer.Id,-8}  -      2026-01-07 09:00:00Z  Cold soup"], overdue.Out.TrimEnd().Split(Environment.NewLine));
        Assert.Contains("complaint 1: Cold soup", shown.Out);
        Assert.Contains("2026-01-05 09:00:00Z  create   system: by other", shown.Out);
    }
}
